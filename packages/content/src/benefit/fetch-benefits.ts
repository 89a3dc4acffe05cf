import type { ContentFetcher } from '../fetcher.ts';
import { parseList } from '../validation/parse.ts';
import { benefitsQuery } from './benefit.query.ts';
import { benefitSchema, type Benefit } from './benefit.schema.ts';

/** Every benefit in editorial order; invalid ones (including any left without a valid reference) are left out. */
export async function fetchBenefits(fetcher: ContentFetcher): Promise<Benefit[]> {
  const result = await fetcher({ query: benefitsQuery, tags: ['benefit', 'article'], label: 'benefits' });
  return parseList(benefitSchema, result, 'benefit');
}
