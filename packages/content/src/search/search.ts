// Site search: the articles a visitor can read, in one language, ranked by GROQ's `text::query` inside `score()`
// (title matches first, then the excerpt, then the body), the same query on the hosted Content Lake and the local
// lake. Before the query runs, the visitor's words are checked against the vocabulary of that content and
// corrected (./terms.ts); after it, each result is validated by the article summary contract and its matching
// words are marked (./highlight.ts).
import { defineQuery } from 'groq';
import { z } from 'zod';
import {
  articleSummaryFields,
  articleSummarySchema,
  publishedArticleFilter,
  type ArticleSummary,
} from '../article/article.ts';
import type { ContentFetcher } from '../fetcher.ts';
import { optionalText } from '../validation/fields.ts';
import { parseList } from '../validation/parse.ts';
import { checkedLanguage, inLanguage, type SiteLanguage } from '../language/language.ts';
import { highlight, snippetAround, type HighlightSegment } from './highlight.ts';
import { searchTermsOf, type SearchTerms } from './terms.ts';
import { deserializeVocabulary, fetchSearchVocabulary, type SerializedVocabulary } from './vocabulary.ts';

/** The published articles of one language that hold any of the search words, scored. Params: $language, $terms. */
const scoredMatches = `*[${publishedArticleFilter} && ${inLanguage}]
  | score(
      boost(title match text::query($terms), 3),
      boost(excerpt match text::query($terms), 1),
      pt::text(body) match text::query($terms)
    )
  [_score > 0]`;

/**
 * One page of the articles in one language that hold any of the search words, best first, and how many there are
 * in all: a title match outweighs an excerpt match, which outweighs a body match; more occurrences rank higher.
 * Params: $language, $terms (words separated by spaces, letters and digits only), $start and $end (the page's
 * slice, `[$start...$end]`, 0-based, end excluded).
 */
export const articleSearchQuery = defineQuery(`{
  "total": count(${scoredMatches}),
  "hits": ${scoredMatches}
    | order(_score desc, publishedAt desc)
    [$start...$end]{
      "article": {${articleSummaryFields}},
      "body": pt::text(body),
      _score
    }
}`);

const searchHitSchema = z.object({
  article: articleSummarySchema,
  body: optionalText(),
  _score: z.number(),
});

/** Results shown on one page of a search. */
export const SEARCH_RESULT_LIMIT = 20;

const searchPageSchema = z.object({ total: z.number().int().nonnegative(), hits: z.array(z.unknown()) });

/** One article found, with its title, excerpt and a passage of its body split into marked and unmarked text. */
export type SearchResult = {
  article: ArticleSummary;
  score: number;
  title: HighlightSegment[];
  excerpt: HighlightSegment[];
  /** A passage of the body around the first searched word; null when the words are only in the title or excerpt. */
  passage: HighlightSegment[] | null;
};

/**
 * What a search found: `results` is page `page` (1-based) of `total` matching articles, `pageCount` pages of
 * `SEARCH_RESULT_LIMIT`. `total` counts what the backend matched, so it can exceed the results shown when a
 * result fails the article summary contract (dropped and reported).
 */
export type SearchAnswer = SearchTerms & {
  language: SiteLanguage;
  results: SearchResult[];
  total: number;
  page: number;
  pageCount: number;
};

/**
 * Searches the published articles of one language. An empty search, or one of no words, answers no results
 * without asking the backend. The words typed are corrected against the vocabulary of that language's articles:
 * `loadVocabulary` supplies it (the site passes one that is cached with the `article` tag, so a search costs one
 * request); without it the vocabulary is counted afresh (fetchSearchVocabulary). The search request varies with
 * what the visitor typed and is marked `uncached`. `page` is 1-based (anything else reads as 1); a page past the
 * last answers no results with the true total. Throws InvalidLanguageError for a language the site is not
 * published in, and zod's error when the backend answers something other than `{total, hits}`.
 */
export async function fetchSearchResults(
  fetcher: ContentFetcher,
  {
    query,
    language: requested,
    page: requestedPage = 1,
    loadVocabulary = (language) => fetchSearchVocabulary(fetcher, language),
  }: {
    query: string;
    language: SiteLanguage;
    page?: number;
    loadVocabulary?: (language: SiteLanguage) => Promise<SerializedVocabulary>;
  },
): Promise<SearchAnswer> {
  const language = checkedLanguage(requested);
  const page = Number.isSafeInteger(requestedPage) && requestedPage >= 1 ? requestedPage : 1;
  const nothing = { language, results: [], total: 0, page, pageCount: 0 };
  if (query.trim() === '') return { query: '', terms: [], correctedQuery: null, ...nothing };
  const searchTerms = searchTermsOf(query, deserializeVocabulary(await loadVocabulary(language)));
  if (searchTerms.terms.length === 0) return { ...searchTerms, ...nothing };
  const start = (page - 1) * SEARCH_RESULT_LIMIT;
  const answer = await fetcher({
    query: articleSearchQuery,
    params: { language, terms: searchTerms.terms.join(' '), start, end: start + SEARCH_RESULT_LIMIT },
    tags: ['article'],
    label: 'search',
    uncached: true,
  });
  const { total, hits } = searchPageSchema.parse(answer);
  const results = parseList(searchHitSchema, hits, 'article').map(({ article, body, _score }) => {
    const passage = body === null ? null : snippetAround(body, searchTerms.terms);
    return {
      article,
      score: _score,
      title: highlight(article.title, searchTerms.terms),
      excerpt: highlight(article.excerpt, searchTerms.terms),
      passage: passage === null ? null : highlight(passage, searchTerms.terms),
    };
  });
  return { ...searchTerms, language, results, total, page, pageCount: Math.ceil(total / SEARCH_RESULT_LIMIT) };
}
