import type { ContentFetcher } from '../fetcher.ts';
import { ContentShapeError, parseDocument } from '../validation/parse.ts';
import { homePageQuery } from './home.query.ts';
import { homePageSchema, type HomePage } from './home.schema.ts';

/** Everything the home page shows, in one request. Broken parts are left out and reported. */
export async function fetchHomePage(fetcher: ContentFetcher): Promise<HomePage> {
  const result = await fetcher({
    query: homePageQuery,
    tags: ['siteSettings', 'clinic', 'article', 'benefit'],
    label: 'home-page',
  });
  const home = parseDocument(homePageSchema, result, 'home');
  // Every part of the home result is droppable, so only an answer that is not an object at all ends up here.
  if (home === null) throw new ContentShapeError(`Expected the home page result object, received ${JSON.stringify(result)}`);
  return home;
}
