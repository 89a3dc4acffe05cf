// The sitemap's entries for one language: each article with its last change and its versions in the other
// languages (for hreflang alternates), and the newest change behind each shared page.
import { defineQuery } from 'groq';
import { z } from 'zod';
import { articleTranslationsField, publishedArticleFilter } from '../article/article.ts';
import type { ContentFetcher } from '../fetcher.ts';
import { checkedLanguage, DEFAULT_LANGUAGE, inLanguage, type SiteLanguage } from '../language/language.ts';
import {
  otherLanguages,
  TRANSLATION_METADATA_TYPE,
  translationLinksSchema,
  translationReviewFields,
  translationReviewGate,
  translationReviewShape,
} from '../translation/translation.ts';
import { droppable, lenientArray } from '../validation/droppable.ts';
import { isoDateTime, requiredText, slugString } from '../validation/fields.ts';
import { parseBundle } from '../validation/parse.ts';

export const sitemapQuery = defineQuery(`{
  "articles": *[${publishedArticleFilter} && ${inLanguage}] | order(publishedAt desc){
    _id,
    "slug": slug.current,
    _updatedAt,
    ${translationReviewFields},
    ${articleTranslationsField}
  },
  "benefitsUpdatedAt": *[_type == "benefit" && ${inLanguage}] | order(_updatedAt desc) [0]._updatedAt,
  "clinicsUpdatedAt": *[_type == "clinic"] | order(_updatedAt desc) [0]._updatedAt,
  "settingsUpdatedAt": *[_type == "siteSettings" && ${inLanguage}] | order(_updatedAt desc) [0]._updatedAt
}`);

const optionalDateTime = () => droppable(isoDateTime.nullable(), null);

export const sitemapSchema = z.object({
  articles: lenientArray(
    z
      .object({
        _id: requiredText,
        slug: slugString,
        _updatedAt: isoDateTime,
        ...translationReviewShape,
        translations: translationLinksSchema,
      })
      .superRefine(translationReviewGate)
      .transform(({ _id, slug, _updatedAt, language, translations }) => ({
        _id,
        slug,
        _updatedAt,
        language,
        translations: otherLanguages(translations, language),
      })),
  ),
  benefitsUpdatedAt: optionalDateTime(),
  clinicsUpdatedAt: optionalDateTime(),
  settingsUpdatedAt: optionalDateTime(),
});

export type SitemapEntries = z.output<typeof sitemapSchema>;

/**
 * The articles in `language` (default "en") with their last change and `translations` (`{language, slug}[]` of
 * their published, reviewed versions in the other languages), and the last change behind that language's
 * benefits, contact and home pages. Throws InvalidLanguageError for a language the site is not published in.
 */
export async function fetchSitemapEntries(
  fetcher: ContentFetcher,
  language: SiteLanguage = DEFAULT_LANGUAGE,
): Promise<SitemapEntries> {
  const result = await fetcher({
    query: sitemapQuery,
    params: { language: checkedLanguage(language) },
    tags: ['article', 'benefit', 'clinic', 'siteSettings', TRANSLATION_METADATA_TYPE],
    label: 'sitemap',
  });
  return parseBundle(sitemapSchema, result, 'sitemap');
}
