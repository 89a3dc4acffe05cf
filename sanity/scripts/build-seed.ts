// Writes seed/production.ndjson from the sample content in seed-source/, in the format `sanity dataset import`
// reads: one document per line, images as `_sanityAsset` pointers to files in seed/images/. English documents
// carry `language: 'en'`; each Spanish one is built from the English document it translates (facts, references)
// plus its Spanish texts, and the two are linked by a `translation.metadata` document as Sanity's
// document-internationalization plugin links them. Each article's review is a `medicalApproval` record built from
// seed-source/approvals.ts, its fingerprint computed here from the article as built; Spanish benefits and site
// settings keep their translation review fields.
// Run: npm run seed -w @clinic/studio
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { siteSettingsId, TRANSLATION_METADATA_TYPE } from '@clinic/content';
import { clinicalFingerprint, MEDICAL_APPROVAL_TYPE } from '@clinic/content/review';
import {
  articleApprovals,
  SAMPLE_REVIEWER_ID,
  SAMPLE_TRANSLATION_REVIEWER_ID,
  translationApproval,
  type ApprovalSeed,
} from '../seed-source/approvals.ts';
import { articles } from '../seed-source/articles/index.ts';
import { benefits } from '../seed-source/benefits.ts';
import { clinic } from '../seed-source/clinic.ts';
import { articleTranslations } from '../seed-source/es/articles/index.ts';
import { benefitTranslations } from '../seed-source/es/benefits.ts';
import { siteSettingsEs } from '../seed-source/es/siteSettings.ts';
import { people } from '../seed-source/people.ts';
import { buildBody } from '../seed-source/portableText.ts';
import { referencesFor } from '../seed-source/references.ts';
import { siteSettings } from '../seed-source/siteSettings.ts';
import type { ArticleSeed } from '../seed-source/types.ts';

const OUTPUT = fileURLToPath(new URL('../seed/production.ndjson', import.meta.url));
const AUTHOR_ID = 'person-sample-author';
/** The date the (placeholder) translation reviewer signed off on the Spanish benefits and site settings. */
const TRANSLATION_REVIEWED = '2026-10-20';

type Document = { _id: string; _type: string } & Record<string, unknown>;

const reference = (id: string) => ({ _type: 'reference', _ref: id });
const articleId = (slug: string) => `article-${slug}`;
const spanishArticleId = (slug: string) => `article-es-${slug}`;
const translationReview = {
  translationReviewer: reference(SAMPLE_TRANSLATION_REVIEWER_ID),
  translationReviewed: TRANSLATION_REVIEWED,
};

/**
 * The article document for one sample article: the fields with a sample form of their own (slug, hero image,
 * references, SEO, body) are expanded, the sample people are referenced, and every other field is copied as
 * written, so a new optional field needs no change here.
 */
function articleDocument({ slug, heroImage, references, seo, body, ...stored }: ArticleSeed): Document {
  return {
    _id: articleId(slug),
    _type: 'article',
    language: 'en',
    ...stored,
    slug: { _type: 'slug', current: slug },
    heroImage: {
      _type: 'image',
      _sanityAsset: `image@file://./images/${heroImage.file}`,
      alt: heroImage.alt,
    },
    body: buildBody('b', body),
    author: reference(AUTHOR_ID),
    medicalReviewer: reference(SAMPLE_REVIEWER_ID),
    references: referencesFor(...references),
    ...(seo ? { seo: { _type: 'seo', ...seo } } : {}),
  };
}

function find<T>(items: T[], matches: (item: T) => boolean, what: string): T {
  const found = items.find(matches);
  if (found === undefined) throw new Error(`No ${what}`);
  return found;
}

const englishArticles = articles.map(articleDocument);

// A Spanish article is its English article with the translated texts on top; its review is its own approval.
const spanishArticles = articleTranslations.map(
  ({ translationOf, slug, heroImageAlt, seo, body, ...texts }) => {
    const english = find(
      englishArticles,
      (document) => document._id === articleId(translationOf),
      `article ${translationOf}`,
    );
    const { seo: _englishSeo, ...facts } = english;
    return {
      ...facts,
      _id: spanishArticleId(slug),
      language: 'es',
      ...texts,
      slug: { _type: 'slug', current: slug },
      heroImage: { ...(english.heroImage as object), alt: heroImageAlt },
      body: buildBody('b', body),
      ...(seo ? { seo: { _type: 'seo', ...seo } } : {}),
    };
  },
);


const knownSlugs = new Set(articles.map((seed) => seed.slug));
const englishBenefits: Document[] = benefits.map(({ id, references, articleSlug, ...stored }, index) => {
  if (!knownSlugs.has(articleSlug)) throw new Error(`${id} links to unknown article ${articleSlug}`);
  return {
    _id: id,
    _type: 'benefit',
    language: 'en',
    ...stored,
    references: referencesFor(...references),
    order: index,
    article: reference(articleId(articleSlug)),
  };
});

// A Spanish benefit links the Spanish version of its English benefit's article, or no article when there is none.
const spanishArticleOf = new Map(
  articleTranslations.map(({ translationOf, slug }) => [articleId(translationOf), spanishArticleId(slug)]),
);
const spanishBenefits = benefitTranslations.map(({ translationOf, ...texts }) => {
  const { article, ...english } = find(
    englishBenefits,
    (document) => document._id === translationOf,
    `benefit ${translationOf}`,
  );
  const spanishArticle = spanishArticleOf.get((article as { _ref: string })._ref);
  return {
    ...english,
    _id: `${translationOf}-es`,
    language: 'es',
    ...texts,
    ...(spanishArticle ? { article: reference(spanishArticle) } : {}),
    ...translationReview,
  };
});

const englishSettings = { ...siteSettings, _id: siteSettingsId('en'), language: 'en' };
const spanishSettings = {
  ...englishSettings,
  _id: siteSettingsId('es'),
  language: 'es',
  ...siteSettingsEs,
  ...translationReview,
};

/**
 * The plugin's link between the versions of one document: one entry per language, with the language in
 * `language` (the format of sanity-plugin-internationalized-array 5; older data kept it in `_key` only).
 */
function translationMetadata(type: string, versions: Document[]): Document {
  return {
    _id: `translations-${versions[0]!._id}`,
    _type: TRANSLATION_METADATA_TYPE,
    schemaTypes: [type],
    translations: versions.map((version) => ({
      _key: version.language as string,
      _type: 'internationalizedArrayReferenceValue',
      language: version.language as string,
      value: reference(version._id),
    })),
  };
}

const translated = (
  type: string,
  english: Document[],
  spanish: Document[],
  sourceOf: (document: Document) => string,
) =>
  spanish.map((document) =>
    translationMetadata(type, [
      find(english, (item) => item._id === sourceOf(document), `source of ${document._id}`),
      document,
    ]),
  );

const sourceArticle = new Map([...spanishArticleOf].map(([english, spanish]) => [spanish, english]));
function sourceArticleOf(spanishId: string): string {
  return sourceArticle.get(spanishId) ?? '';
}
const metadata = [
  translationMetadata('siteSettings', [englishSettings, spanishSettings]),
  ...translated(
    'article',
    englishArticles,
    spanishArticles,
    (document) => sourceArticleOf(document._id),
  ),
  ...translated('benefit', englishBenefits, spanishBenefits, (document) => document._id.replace(/-es$/, '')),
];

const personName = new Map(people.map((person) => [person._id, person.name]));

/**
 * The approval record of one article. An approval of an earlier text is recorded against the article without its
 * body, the one part the sample no longer holds: no publishable article matches that (a body is required), so it
 * can never stand for the text as it is now.
 */
function approvalDocument(article: Document, { by, at, approved }: ApprovalSeed, source?: Document): Document {
  const approvedContent = approved === 'asBuilt' ? article : { ...article, body: [] };
  return {
    _id: `approval-sample-${article._id}`,
    _type: MEDICAL_APPROVAL_TYPE,
    kind: 'approval',
    document: { ...reference(article._id), _weak: true },
    documentType: 'article',
    language: article.language as string,
    person: { ...reference(by), _weak: true },
    userId: 'sample-seed',
    userName: personName.get(by) ?? by,
    at,
    revision: 'sample-seed',
    clinicalFingerprint: clinicalFingerprint(approvedContent),
    ...(source ? { sourceFingerprint: clinicalFingerprint(source) } : {}),
  };
}

const approvals = [
  ...englishArticles.map((article) => {
    const slug = (article.slug as { current: string }).current;
    const record = articleApprovals[slug];
    if (!record) throw new Error(`No approval record for article ${slug} in seed-source/approvals.ts`);
    return approvalDocument(article, record);
  }),
  ...spanishArticles.map((article) =>
    approvalDocument(
      article,
      translationApproval,
      find(englishArticles, (english) => english._id === sourceArticleOf(article._id), `source of ${article._id}`),
    ),
  ),
];

const documents = [
  ...people,
  clinic,
  englishSettings,
  spanishSettings,
  ...englishArticles,
  ...spanishArticles,
  ...englishBenefits,
  ...spanishBenefits,
  ...metadata,
  ...approvals,
];
writeFileSync(OUTPUT, documents.map((document) => JSON.stringify(document)).join('\n') + '\n');
console.log(`Wrote ${documents.length} documents to ${OUTPUT}`);
