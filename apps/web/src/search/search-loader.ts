import 'server-only';
import { fetchSearchResults, fetchSearchVocabulary, type SerializedVocabulary } from '@clinic/content';
import { unstable_cache } from 'next/cache';
import { CONTENT_REVALIDATE_SECONDS } from '@/content-client/cache';
import type { Locale } from '@/i18n/locales';
import { isDraftModeOn } from '@/content-client/draft-fetch';
import { contentFetcher, publishedFetcher } from '@/content-client/fetch';

/**
 * A language's search vocabulary (word counts, not text: @clinic/content/src/search/vocabulary.ts), counted once
 * and kept in Next's data cache under the `article` tag, so a published article refreshes it and each search
 * costs one request. Counted from the published perspective: the cache is shared by every visitor.
 */
const cachedVocabulary = unstable_cache(
  (language: Locale): Promise<SerializedVocabulary> => fetchSearchVocabulary(publishedFetcher, language),
  ['search-vocabulary'],
  { tags: ['article'], revalidate: CONTENT_REVALIDATE_SECONDS },
);

/** One page (1-based) of a language's search results (`fetchSearchResults`); in draft mode the vocabulary is
 * counted from drafts. */
export async function searchArticles(query: string, locale: Locale, page = 1) {
  const draft = await isDraftModeOn();
  return fetchSearchResults(contentFetcher, {
    query,
    language: locale,
    page,
    ...(draft ? {} : { loadVocabulary: cachedVocabulary }),
  });
}
