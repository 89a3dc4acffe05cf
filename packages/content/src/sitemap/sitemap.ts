// The sitemap's entries for one language: each article with its last change and its versions in the other
// languages (for hreflang alternates), and the newest change behind each shared page. The versions are joined
// here from one read of the translation metadata and of the other languages' articles, so the query's cost grows
// with the content, not with its square (a lookup of each article's metadata inside the projection scanned every
// metadata document once per article, and stopped the build at 1,000 articles).
import { defineQuery } from 'groq';
import { z } from 'zod';
import { publishedArticleFilter } from '../article/article.ts';
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
import { contentModifiedAt, signOffsField, signOffsSchema } from '../review/modified.ts';
import { droppable, lenientArray } from '../validation/droppable.ts';
import { isoDateTime, requiredText, slugString } from '../validation/fields.ts';
import { parseBundle } from '../validation/parse.ts';

export const sitemapQuery = defineQuery(`{
  "articles": *[${publishedArticleFilter} && ${inLanguage}] | order(publishedAt desc){
    _id,
    "slug": slug.current,
    _updatedAt,
    publishedAt,
    ${signOffsField},
    ${translationReviewFields}
  },
  "otherVersions": *[${publishedArticleFilter} && !(${inLanguage})]{
    _id,
    "slug": slug.current,
    ${translationReviewFields}
  },
  "translationSets": *[_type == "${TRANSLATION_METADATA_TYPE}"].translations[].value._ref,
  "translationSetSizes": *[_type == "${TRANSLATION_METADATA_TYPE}"]{"size": count(translations[].value._ref)}.size,
  "benefitsUpdatedAt": *[_type == "benefit" && ${inLanguage}] | order(_updatedAt desc) [0]._updatedAt,
  "clinicsUpdatedAt": *[_type == "clinic"] | order(_updatedAt desc) [0]._updatedAt,
  "settingsUpdatedAt": *[_type == "siteSettings" && ${inLanguage}] | order(_updatedAt desc) [0]._updatedAt
}`);

const optionalDateTime = () => droppable(isoDateTime.nullable(), null);

type Row = Record<string, unknown> & { _id?: unknown };

/**
 * Gives each article of the sitemap its `translations` (the other versions in its translation set, as the
 * article page reads them with `translationsOf`) from the sets and versions read once for the whole sitemap.
 * `translationSets` is every set's ids flattened, `translationSetSizes` how many ids each set holds, in order.
 */
export function joinTranslations(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const { articles, otherVersions, translationSets, translationSetSizes, ...rest } = value as Record<
    string,
    unknown
  >;
  const rows = [
    ...(Array.isArray(articles) ? articles : []),
    ...(Array.isArray(otherVersions) ? otherVersions : []),
  ];
  const byId = new Map(
    rows.filter((row): row is Row => typeof row === 'object' && row !== null).map((row) => [row._id, row]),
  );
  const setOf = new Map<unknown, unknown[]>();
  const ids = Array.isArray(translationSets) ? translationSets : [];
  let start = 0;
  for (const size of Array.isArray(translationSetSizes) ? translationSetSizes : []) {
    const set = ids.slice(start, start + (typeof size === 'number' ? size : 0));
    start += typeof size === 'number' ? size : 0;
    for (const id of set) setOf.set(id, set);
  }
  return {
    ...rest,
    articles: (Array.isArray(articles) ? articles : []).map((article: Row) => ({
      ...article,
      translations: (setOf.get(article?._id) ?? []).flatMap((id) => (byId.has(id) ? [byId.get(id)] : [])),
    })),
  };
}

// Reads the sitemap query's result after `joinTranslations`.
export const sitemapSchema = z.object({
  articles: lenientArray(
    z
      .object({
        _id: requiredText,
        slug: slugString,
        _updatedAt: isoDateTime,
        publishedAt: isoDateTime,
        signOffs: signOffsSchema,
        ...translationReviewShape,
        translations: translationLinksSchema,
      })
      .superRefine(translationReviewGate)
      .transform(({ _id, slug, _updatedAt, publishedAt, signOffs, language, translations }) => ({
        _id,
        slug,
        // The same date the article's page gives as its dateModified.
        modifiedAt: contentModifiedAt(publishedAt, _updatedAt, signOffs),
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
 * The articles in `language` (default "en") with `modifiedAt` (when their content last changed, see
 * contentModifiedAt) and `translations` (`{language, slug}[]` of
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
  return parseBundle(sitemapSchema, joinTranslations(result), 'sitemap');
}
