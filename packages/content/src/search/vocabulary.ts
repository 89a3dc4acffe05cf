// The words a search corrects against, read from the content a page at a time and kept as counts, never as text.
// A cached item holding every article's text grows with the bytes written (Next refuses to cache items over
// 2 MB, reached at a few hundred ordinary articles or one very long one); the word counts grow with the number of
// distinct words, which levels off as content grows, and are capped at MAX_VOCABULARY_WORDS.
import { defineQuery } from 'groq';
import { z } from 'zod';
import { publishedArticleFilter } from '../article/article.ts';
import type { ContentFetcher } from '../fetcher.ts';
import { checkedLanguage, inLanguage, type SiteLanguage } from '../language/language.ts';
import { optionalText, requiredText } from '../validation/fields.ts';
import { parseList } from '../validation/parse.ts';
import { addToVocabulary, emptyVocabulary, foldWord, type Vocabulary } from './terms.ts';

/** Articles read per request while counting words: about 1 MB of text at 20 kB an article. */
export const SEARCH_TEXT_PAGE_SIZE = 50;
/** Most distinct words kept (the most frequent), so the cached vocabulary stays well under 2 MB. */
export const MAX_VOCABULARY_WORDS = 40_000;
/** Longest word kept, in characters; a longer run of letters is not a word anyone types. */
export const MAX_WORD_LENGTH = 40;

/** The ids of the searchable articles of a language. Param: $language. */
export const searchableIdsQuery = defineQuery(`*[${publishedArticleFilter} && ${inLanguage}]._id`);

/**
 * The text of some searchable articles, by id (a lookup by id costs the same however large the dataset; a paged
 * scan would sort the whole type for every page). Params: $language, $ids.
 */
export const searchTextPageQuery = defineQuery(
  `*[_id in $ids && ${publishedArticleFilter} && ${inLanguage}]{_id, title, excerpt, "body": pt::text(body)}`,
);

export const searchTextSchema = z.object({
  _id: requiredText,
  title: optionalText(),
  excerpt: optionalText(),
  body: optionalText(),
});

/**
 * The vocabulary as plain data, for a cache: `words` is `[spelling, occurrences, documents]` per distinct word
 * (the most frequent first), `documentCount` the number of articles read.
 */
export type SerializedVocabulary = {
  documentCount: number;
  words: [word: string, count: number, documents: number][];
};

/** Plain data for a cache; keeps the MAX_VOCABULARY_WORDS most frequent words. */
export function serializeVocabulary(vocabulary: Vocabulary): SerializedVocabulary {
  const words = [...vocabulary.words.values()]
    .sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0))
    .slice(0, MAX_VOCABULARY_WORDS)
    .map(({ word, count, documents }): [string, number, number] => [word, count, documents]);
  return { documentCount: vocabulary.documentCount, words };
}

/** The vocabulary `correctWord` and `searchTermsOf` read, from its plain-data form. */
export function deserializeVocabulary({ documentCount, words }: SerializedVocabulary): Vocabulary {
  const vocabulary = emptyVocabulary();
  vocabulary.documentCount = documentCount;
  for (const [word, count, documents] of words)
    vocabulary.words.set(foldWord(word), { word, count, documents });
  return vocabulary;
}

/**
 * Counts the words of every published article in `language`: their ids, then SEARCH_TEXT_PAGE_SIZE articles per request;
 * no request is cached (each is marked `uncached`): the caller caches the result, whose size is bounded by the
 * number of distinct words. Throws InvalidLanguageError for a language the site is not published in, and what
 * the fetcher throws.
 */
export async function fetchSearchVocabulary(
  fetcher: ContentFetcher,
  language: SiteLanguage,
): Promise<SerializedVocabulary> {
  const checked = checkedLanguage(language);
  const vocabulary = emptyVocabulary();
  const ids = await fetcher<unknown>({
    query: searchableIdsQuery,
    params: { language: checked },
    tags: ['article'],
    label: 'search-vocabulary',
    uncached: true,
  });
  const allIds = Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  for (let start = 0; start < allIds.length; start += SEARCH_TEXT_PAGE_SIZE) {
    const page = await fetcher({
      query: searchTextPageQuery,
      params: { language: checked, ids: allIds.slice(start, start + SEARCH_TEXT_PAGE_SIZE) },
      tags: ['article'],
      label: 'search-vocabulary',
      uncached: true,
    });
    for (const doc of parseList(searchTextSchema, page, 'article')) {
      addToVocabulary(
        vocabulary,
        [doc.title, doc.excerpt, doc.body].filter((text) => text !== null).join('\n'),
        MAX_WORD_LENGTH,
      );
    }
  }
  return serializeVocabulary(vocabulary);
}
