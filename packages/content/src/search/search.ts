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

/**
 * The articles in one language that hold any of the search words, best first: a title match outweighs an excerpt
 * match, which outweighs a body match; more occurrences rank higher. Params: $language, $terms (words separated by
 * spaces, letters and digits only), $limit.
 */
export const articleSearchQuery = defineQuery(`*[${publishedArticleFilter} && ${inLanguage}]
  | score(
      boost(title match text::query($terms), 3),
      boost(excerpt match text::query($terms), 1),
      pt::text(body) match text::query($terms)
    )
  [_score > 0]
  | order(_score desc, publishedAt desc)
  [0...$limit]{
    "article": {${articleSummaryFields}},
    "body": pt::text(body),
    _score
  }`);

const searchHitSchema = z.object({
  article: articleSummarySchema,
  body: optionalText(),
  _score: z.number(),
});

/** Most results shown for one search. */
export const SEARCH_RESULT_LIMIT = 20;

/** One article found, with its title, excerpt and a passage of its body split into marked and unmarked text. */
export type SearchResult = {
  article: ArticleSummary;
  score: number;
  title: HighlightSegment[];
  excerpt: HighlightSegment[];
  /** A passage of the body around the first searched word; null when the words are only in the title or excerpt. */
  passage: HighlightSegment[] | null;
};

export type SearchAnswer = SearchTerms & { language: SiteLanguage; results: SearchResult[] };

/**
 * Searches the published articles of one language. An empty search, or one of no words, answers no results
 * without asking the backend. The words typed are corrected against the vocabulary of that language's articles:
 * `loadVocabulary` supplies it (the site passes one that is cached with the `article` tag, so a search costs one
 * request); without it the vocabulary is counted afresh (fetchSearchVocabulary). The search request varies with
 * what the visitor typed and is marked `uncached`. Throws InvalidLanguageError for a language the site is not
 * published in.
 */
export async function fetchSearchResults(
  fetcher: ContentFetcher,
  {
    query,
    language: requested,
    loadVocabulary = (language) => fetchSearchVocabulary(fetcher, language),
  }: {
    query: string;
    language: SiteLanguage;
    loadVocabulary?: (language: SiteLanguage) => Promise<SerializedVocabulary>;
  },
): Promise<SearchAnswer> {
  const language = checkedLanguage(requested);
  if (query.trim() === '') return { query: '', terms: [], correctedQuery: null, language, results: [] };
  const searchTerms = searchTermsOf(query, deserializeVocabulary(await loadVocabulary(language)));
  if (searchTerms.terms.length === 0) return { ...searchTerms, language, results: [] };
  const hits = await fetcher({
    query: articleSearchQuery,
    params: { language, terms: searchTerms.terms.join(' '), limit: SEARCH_RESULT_LIMIT },
    tags: ['article'],
    label: 'search',
    uncached: true,
  });
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
  return { ...searchTerms, language, results };
}
