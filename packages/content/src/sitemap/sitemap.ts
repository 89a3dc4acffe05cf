// The sitemap's entries for one language: each article with its last change and its versions in the other
// languages (for hreflang alternates), and the newest change behind each shared page. The versions are joined
// here from one read of the translation metadata and of the other languages' articles, so the queries' cost grows
// with the content, not with its square (a lookup of each article's metadata inside the projection scanned every
// metadata document once per article, and stopped the build at 1,000 articles); each list is read in slices, so
// no answer outgrows Next's data cache.
import { defineQuery } from 'groq';
import { z } from 'zod';
import { publishedArticleFilter } from '../article/article.ts';
import type { ContentFetcher } from '../fetcher.ts';
import { fetchSlices } from '../slices.ts';
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

/** One slice of the sitemap's articles in `$language`, newest first. Params: $language, $from, $to. */
export const sitemapArticlesQuery =
  defineQuery(`*[${publishedArticleFilter} && ${inLanguage}] | order(publishedAt desc, _id asc) [$from...$to]{
    _id,
    "slug": slug.current,
    _updatedAt,
    publishedAt,
    ${signOffsField},
    ${translationReviewFields}
  }`);

export const sitemapArticlesCountQuery = defineQuery(`count(*[${publishedArticleFilter} && ${inLanguage}])`);

/** One slice of the articles in the other languages (the alternates' addresses). Params: $language, $from, $to. */
export const sitemapOtherVersionsQuery =
  defineQuery(`*[${publishedArticleFilter} && !(${inLanguage})] | order(_id asc) [$from...$to]{
    _id,
    "slug": slug.current,
    ${translationReviewFields}
  }`);

export const sitemapOtherVersionsCountQuery = defineQuery(
  `count(*[${publishedArticleFilter} && !(${inLanguage})])`,
);

/** One slice of the translation sets: the ids of the versions each holds. Params: $from, $to. */
export const sitemapTranslationSetsQuery = defineQuery(
  `*[_type == "${TRANSLATION_METADATA_TYPE}"] | order(_id asc) [$from...$to]{"ids": translations[].value._ref}`,
);

export const sitemapTranslationSetsCountQuery = defineQuery(
  `count(*[_type == "${TRANSLATION_METADATA_TYPE}"])`,
);

/** The newest change behind each shared page in `$language`. */
export const sitemapQuery = defineQuery(`{
  "benefitsUpdatedAt": *[_type == "benefit" && ${inLanguage}] | order(_updatedAt desc) [0]._updatedAt,
  "clinicsUpdatedAt": *[_type == "clinic"] | order(_updatedAt desc) [0]._updatedAt,
  "settingsUpdatedAt": *[_type == "siteSettings" && ${inLanguage}] | order(_updatedAt desc) [0]._updatedAt
}`);

const optionalDateTime = () => droppable(isoDateTime.nullable(), null);

type Row = Record<string, unknown> & { _id?: unknown };

/**
 * Gives each article of the sitemap its `translations` (the other versions in its translation set, as the
 * article page reads them with `translationsOf`) from the sets and versions read once for the whole sitemap:
 * `{articles, otherVersions, translationSets: [{ids}], ...dates}` becomes `{articles (with translations), ...dates}`.
 */
export function joinTranslations(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const { articles, otherVersions, translationSets, ...rest } = value as Record<string, unknown>;
  const rows = [
    ...(Array.isArray(articles) ? articles : []),
    ...(Array.isArray(otherVersions) ? otherVersions : []),
  ];
  const byId = new Map(
    rows.filter((row): row is Row => typeof row === 'object' && row !== null).map((row) => [row._id, row]),
  );
  const setOf = new Map<unknown, unknown[]>();
  for (const set of Array.isArray(translationSets) ? translationSets : []) {
    const ids = (set as { ids?: unknown } | null)?.ids;
    if (Array.isArray(ids)) for (const id of ids) setOf.set(id, ids);
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
  const params = { language: checkedLanguage(language) };
  // Lists of every article are read in slices (slices.ts): no single answer grows with the content.
  const [articles, otherVersions, translationSets, dates] = await Promise.all([
    fetchSlices(fetcher, {
      countQuery: sitemapArticlesCountQuery,
      sliceQuery: sitemapArticlesQuery,
      params,
      tags: ['article'],
      label: 'sitemap-articles',
    }),
    fetchSlices(fetcher, {
      countQuery: sitemapOtherVersionsCountQuery,
      sliceQuery: sitemapOtherVersionsQuery,
      params,
      tags: ['article'],
      label: 'sitemap-other-versions',
    }),
    fetchSlices(fetcher, {
      countQuery: sitemapTranslationSetsCountQuery,
      sliceQuery: sitemapTranslationSetsQuery,
      tags: [TRANSLATION_METADATA_TYPE],
      label: 'sitemap-translation-sets',
    }),
    fetcher<Record<string, unknown> | null>({
      query: sitemapQuery,
      params,
      tags: ['benefit', 'clinic', 'siteSettings'],
      label: 'sitemap',
    }),
  ]);
  return parseBundle(
    sitemapSchema,
    joinTranslations({ ...dates, articles, otherVersions, translationSets }),
    'sitemap',
  );
}
