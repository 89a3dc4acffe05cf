// Articles: what a published article is, the queries for a list page, for static generation and for one article's
// page, the schemas their results must pass, and the fetch functions the site calls. The Portable Text body has
// its own module (./body.ts).
import { defineQuery } from 'groq';
import { z } from 'zod';
import { citationFields, citationSchema } from '../citation/citation.ts';
import type { ContentFetcher } from '../fetcher.ts';
import { fetchSlices } from '../slices.ts';
import { checkedLanguage, DEFAULT_LANGUAGE, inLanguage, type SiteLanguage } from '../language/language.ts';
import { imageFields, optionalImage } from '../image/image.ts';
import { reportDroppedContent } from '../logger.ts';
import { optionalPerson, personFields } from '../person/person.ts';
import { optionalSiteSettings, siteSettingsDocument, siteSettingsFields } from '../settings/settings.ts';
import { articleTag, type CacheTag } from '../tags.ts';
import { isTopic, TOPIC_VALUES, topicLabel, type Topic } from '../taxonomy.ts';
import {
  articleTranslationGate,
  otherLanguages,
  TRANSLATION_METADATA_TYPE,
  translationLinksSchema,
  translationReviewFields,
  translationReviewGate,
  translationReviewShape,
  translationsOf,
} from '../translation/translation.ts';
import {
  approvalsField,
  approvalsSchema,
  publishedReviewStatus,
  withClinicalFingerprint,
} from '../review/published.ts';
import { contentModifiedAt, signOffsField, signOffsSchema } from '../review/modified.ts';
import { droppable, lenientArray } from '../validation/droppable.ts';
import { isoDateTime, optionalText, requiredText, slugString } from '../validation/fields.ts';
import { parseDocument, parseList } from '../validation/parse.ts';
import { articlePlainProjection } from '../generated/plain-projections.ts';
import { articleBodyField, articleBodySchema, linkCitations } from './body.ts';
import { articlePlainShape } from './plain-fields.ts';

// A published article with a slug, in the language of `$language`. Drafts are excluded by the `published`
// perspective. Whether the rest passes the contract is decided by zod, whose report says what to fix; lists are
// counted after that (see fetchArticleList). The slug shape and "not blank" cannot be said cheaply in GROQ: without
// regular expressions they take a per-character scan, about 13 ms per article in the local lake's groq-js.
// The one-article reads (a page, a redirect) use this, so that a translation held back for want of a review is
// reported by the contract's gate (translationReviewGate) to whoever reads the logs.
const articleWithSlugInLanguage = /* groq */ `_type == "article" && defined(slug.current) && ${inLanguage}`;

// A published article a visitor can reach: it has a slug and, when it is a translation, a translation review (an
// approval). Lists, counts, search totals, the sitemap and related articles read only these, so that what they
// count is what they show.
export const publishedArticleFilter = /* groq */ `_type == "article" && defined(slug.current) && ${articleTranslationGate}`;

/** A published article a visitor can reach, in the language of the `$language` parameter. */
const articleInLanguage = /* groq */ `${publishedArticleFilter} && ${inLanguage}`;

/** What a list, a card or a related-articles box shows of an article. */
export const articleSummaryFields = /* groq */ `
  _id,
  _updatedAt,
  title,
  "slug": slug.current,
  excerpt,
  topic,
  heroImage{${imageFields}},
  publishedAt,
  ${translationReviewFields}
`;

const topicFilter = /* groq */ `($topic == null || topic == $topic)`;

/**
 * One slice of the articles of a list in one language, newest first (read in slices, `fetchSlices`; the page is
 * cut after validation). Params: $language, $topic (string or null), $from, $to.
 */
export const articleListQuery = defineQuery(
  `*[${articleInLanguage} && ${topicFilter}] | order(publishedAt desc, _id asc) [$from...$to]{${articleSummaryFields}}`,
);

/** How many articles `articleListQuery` lists in all. */
export const articleListCountQuery = defineQuery(`count(*[${articleInLanguage} && ${topicFilter}])`);

/** One slice of the article slugs in one language, for static generation. Params: $language, $from, $to. */
export const articleSlugsQuery = defineQuery(
  `*[${articleInLanguage}] | order(publishedAt desc, _id asc) [$from...$to]{_id, "slug": slug.current, ${translationReviewFields}}`,
);

/** How many articles `articleSlugsQuery` lists in all. */
export const articleSlugsCountQuery = defineQuery(`count(*[${articleInLanguage}])`);

/** The versions of the article in scope in every language, as `translationLinksSchema` reads them. */
export const articleTranslationsField = /* groq */ `"translations": ${translationsOf('article', '_id, "slug": slug.current')}`;

/**
 * One article with everything its page shows: its fields read as stored (articlePlainShape in ./plain-fields.ts,
 * projected by the generated articlePlainProjection), people, references, its versions in the other languages, up
 * to three related articles on the same topic in its language, and the site settings of its language (disclaimer,
 * crisis notice). The clinic its calls to action use comes from the site chrome (fetchSiteChrome in
 * clinic/clinic.ts), like every other call to action. Params: $slug, $language.
 */
export const articleBySlugQuery = defineQuery(`*[${articleWithSlugInLanguage} && slug.current == $slug][0]{
  ${articleSummaryFields},
  ${articlePlainProjection},
  ${articleBodyField},
  author->{${personFields}},
  medicalReviewer->{${personFields}},
  references[]{${citationFields}},
  ${approvalsField},
  ${signOffsField},
  seo{title, description},
  ${articleTranslationsField},
  "related": *[${articleInLanguage} && topic == ^.topic && _id != ^._id] | order(publishedAt desc) [0...3]{
    ${articleSummaryFields}
  },
  "settings": ${siteSettingsDocument}{${siteSettingsFields}}
}`);

const articleSummaryShape = {
  _id: requiredText,
  _updatedAt: isoDateTime,
  title: requiredText,
  slug: slugString,
  excerpt: requiredText,
  topic: z.enum(TOPIC_VALUES),
  heroImage: optionalImage(),
  publishedAt: isoDateTime,
  ...translationReviewShape,
};

/**
 * An article's output carries no translation review: the gate has let it through, and what the site says about
 * its review is `review` (from its approvals, on the article's page only).
 */
const withoutTranslationReview = <T extends { translationReviewer: unknown; translationReviewed: unknown }>({
  translationReviewer: _reviewer,
  translationReviewed: _reviewed,
  ...article
}: T): Omit<T, 'translationReviewer' | 'translationReviewed'> => article;

const withTopicLabel = <T extends { topic: (typeof TOPIC_VALUES)[number] }>(article: T) => ({
  ...article,
  topicLabel: topicLabel(article.topic),
});

/** A list entry: `language` is the article's; a translation no one has approved fails as a whole. A list entry
 * says nothing about review (the article's page does). */
export const articleSummarySchema = z
  .object(articleSummaryShape)
  .superRefine(translationReviewGate)
  .transform((article) => withTopicLabel(withoutTranslationReview(article)));
export type ArticleSummary = z.output<typeof articleSummarySchema>;

const seoSchema = droppable(
  z
    .object({ title: optionalText(), description: optionalText() })
    .nullable()
    .transform((seo) => ({ title: seo?.title ?? null, description: seo?.description ?? null })),
  null,
);

export const articleSchema = z.preprocess(
  withClinicalFingerprint,
  z
    .object({
      ...articleSummaryShape,
      clinicalFingerprint: z.string(),
      approvals: approvalsSchema,
      signOffs: signOffsSchema,
      ...articlePlainShape,
      body: articleBodySchema,
      author: optionalPerson(),
      medicalReviewer: optionalPerson(),
      references: lenientArray(citationSchema),
      seo: seoSchema,
      translations: translationLinksSchema,
      related: lenientArray(articleSummarySchema),
      settings: optionalSiteSettings(),
    })
    .refine((article) => article.body.length > 0, { message: 'body has no readable blocks' })
    .superRefine(translationReviewGate)
    .transform(({ approvals, clinicalFingerprint, signOffs, ...article }) =>
      withTopicLabel({
        ...withoutTranslationReview(article),
        // When what a reader reads last changed (JSON-LD dateModified, Open Graph, the sitemap's lastmod).
        modifiedAt: contentModifiedAt(article.publishedAt, article._updatedAt, signOffs),
        // What the page and its JSON-LD may say about the medical review of exactly this text.
        review: publishedReviewStatus(clinicalFingerprint, approvals),
        // The versions in the other languages the site shows, for the language switcher and hreflang.
        translations: otherLanguages(article.translations, article.language),
        body: linkCitations(
          article.body,
          article.references.map((reference) => reference._key),
          (path, referenceKey) =>
            reportDroppedContent({
              type: 'article',
              id: article._id,
              path,
              message: `citation points at no valid reference (${JSON.stringify(referenceKey)})`,
              dropped: 'part',
            }),
        ),
      }),
    ),
);

export type Article = z.output<typeof articleSchema>;

export const articleSlugSchema = z
  .object({ _id: requiredText, slug: slugString, ...translationReviewShape })
  .superRefine(translationReviewGate);

/**
 * The current slug of the published article in the language of $language that used to be at $slug (one of its
 * `previousSlugs`, which the Studio keeps when a published slug changes). Slugs are unique per language, so an old
 * Spanish slug only ever leads to a Spanish article, and an English one to an English article. Every old slug
 * names the current one directly, so there is never more than one hop. Ordered by id so that an accidental clash,
 * which the Studio refuses, still gives one answer.
 */
export const articleRedirectQuery = defineQuery(
  `*[${articleWithSlugInLanguage} && $slug in previousSlugs] | order(_id asc)[0]{"slug": slug.current, ${translationReviewFields}}`,
);

// A translation without its review is not shown, so its old addresses do not lead to it either.
const articleRedirectSchema = z
  .object({ slug: slugString, ...translationReviewShape })
  .superRefine(translationReviewGate);

/** Tags for one article's page: the article itself and every document type its query reads. */
export function articleTags(slug: string): CacheTag[] {
  return ['article', articleTag(slug), 'person', 'clinic', 'siteSettings', TRANSLATION_METADATA_TYPE];
}

/**
 * One article by slug in `language` (default "en"; slugs are unique per language), validated. Null when no
 * published article in that language has that slug, or when the article is invalid beyond its optional parts or
 * is a translation without its translation review (reported through the content logger). A slug that cannot
 * exist is answered with null without asking the backend. The result has `language`, `translationReview`
 * (`{reviewer, reviewed}` or null for English) and `translations`: `{language, slug}[]` of the published,
 * reviewed versions in the other languages, in `siteLanguages` order. Throws InvalidLanguageError for a language
 * the site is not published in.
 */
export async function fetchArticleBySlug(
  fetcher: ContentFetcher,
  slug: string,
  language: SiteLanguage = DEFAULT_LANGUAGE,
): Promise<Article | null> {
  const checked = checkedLanguage(language);
  if (!slugString.safeParse(slug).success) return null;
  const result = await fetcher({
    query: articleBySlugQuery,
    params: { slug, language: checked },
    tags: articleTags(slug),
    label: 'article-by-slug',
  });
  return parseDocument(articleSchema, result, 'article');
}

/**
 * Where an old article address in `language` (default "en") leads: the current slug of the published article in
 * that language that had `slug` before, or null when none did (or when the result is not a usable slug, or is a
 * translation without its review, which is reported). Never an article in another language: slugs are unique
 * per language only. The site answers the old address with a permanent redirect to the article's path in the
 * same language (`/articles/<result>`, `/es/articulos/<result>`). Tagged `article`, which every published article
 * change expires, so a slug changed in the Studio starts redirecting as soon as the revalidation webhook arrives.
 * Throws InvalidLanguageError for a language the site is not published in.
 */
export async function fetchArticleRedirect(
  fetcher: ContentFetcher,
  slug: string,
  language: SiteLanguage = DEFAULT_LANGUAGE,
): Promise<string | null> {
  const checked = checkedLanguage(language);
  if (!slugString.safeParse(slug).success) return null;
  const result = await fetcher({
    query: articleRedirectQuery,
    params: { slug, language: checked },
    tags: ['article', articleTag(slug)],
    label: 'article-redirect',
  });
  const target = parseDocument(articleRedirectSchema, result ?? null, 'article');
  return target && target.slug !== slug ? target.slug : null;
}

export const DEFAULT_PAGE_SIZE = 12;
export const MAX_PAGE_SIZE = 100;

export type ArticleListOptions = {
  page?: number;
  pageSize?: number;
  topic?: string | null;
  /** The list's language; default "en". */
  language?: SiteLanguage;
};

export type ArticleList = {
  articles: ArticleSummary[];
  total: number;
  page: number;
  pageCount: number;
  topic: Topic | null;
  language: SiteLanguage;
};

/** Thrown for list options that cannot name a page (page 0, page "abc", an unknown topic). */
export class InvalidListOptionsError extends RangeError {
  override name = 'InvalidListOptionsError';
}

function checkedOptions({
  page = 1,
  pageSize = DEFAULT_PAGE_SIZE,
  topic = null,
  language,
}: ArticleListOptions) {
  if (!Number.isSafeInteger(page) || page < 1) {
    throw new InvalidListOptionsError(`page must be a whole number from 1, received ${String(page)}`);
  }
  if (!Number.isSafeInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new InvalidListOptionsError(
      `pageSize must be a whole number from 1 to ${MAX_PAGE_SIZE}, received ${String(pageSize)}`,
    );
  }
  if (topic !== null && !isTopic(topic)) {
    throw new InvalidListOptionsError(`unknown topic ${JSON.stringify(topic)}`);
  }
  return { page, pageSize, topic, language: checkedLanguage(language) };
}

/**
 * One page of articles in one language (default "en"), newest first, optionally for one topic. `total` and
 * `pageCount` count only valid articles; `pageCount` is at least 1; a page past the end has no articles (the site shows its not-found page
 * for it). Invalid articles are left out and reported.
 */
export async function fetchArticleList(
  fetcher: ContentFetcher,
  options: ArticleListOptions = {},
): Promise<ArticleList> {
  const { page, pageSize, topic, language } = checkedOptions(options);
  const start = (page - 1) * pageSize;
  const items = await fetchSlices(fetcher, {
    countQuery: articleListCountQuery,
    sliceQuery: articleListQuery,
    params: { topic, language },
    tags: ['article'],
    label: 'article-list',
  });
  // Counted after validation, so the total and every page hold only articles the site shows: one invalid article
  // never leaves a page short or adds a page.
  const shown = parseList(articleSummarySchema, items, 'article');
  return {
    articles: shown.slice(start, start + pageSize),
    total: shown.length,
    page,
    pageCount: Math.max(1, Math.ceil(shown.length / pageSize)),
    topic,
    language,
  };
}

/** The slug of every published article in `language` (default "en"), for static generation. */
export async function fetchArticleSlugs(
  fetcher: ContentFetcher,
  language: SiteLanguage = DEFAULT_LANGUAGE,
): Promise<string[]> {
  const result = await fetchSlices(fetcher, {
    countQuery: articleSlugsCountQuery,
    sliceQuery: articleSlugsQuery,
    params: { language: checkedLanguage(language) },
    tags: ['article'],
    label: 'article-slugs',
  });
  return parseList(articleSlugSchema, result, 'article').map((entry) => entry.slug);
}
