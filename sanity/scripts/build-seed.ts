// Writes seed/production.ndjson from the sample content in seed-source/, in the format `sanity dataset import`
// reads: one document per line, images as `_sanityAsset` pointers to files in seed/images/.
// Run: npm run seed -w @clinic/studio
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { articles } from '../seed-source/articles/index.ts';
import { benefits } from '../seed-source/benefits.ts';
import { clinic } from '../seed-source/clinic.ts';
import { people } from '../seed-source/people.ts';
import { buildBody } from '../seed-source/portableText.ts';
import { referencesFor } from '../seed-source/references.ts';
import { siteSettings } from '../seed-source/siteSettings.ts';
import type { ArticleSeed } from '../seed-source/types.ts';

const OUTPUT = fileURLToPath(new URL('../seed/production.ndjson', import.meta.url));
const REVIEWER_ID = 'person-sample-reviewer';
const AUTHOR_ID = 'person-sample-author';

const reference = (id: string) => ({ _type: 'reference', _ref: id });
const articleId = (slug: string) => `article-${slug}`;

function articleDocument(seed: ArticleSeed) {
  return {
    _id: articleId(seed.slug),
    _type: 'article',
    title: seed.title,
    slug: { _type: 'slug', current: seed.slug },
    excerpt: seed.excerpt,
    heroImage: {
      _type: 'image',
      _sanityAsset: `image@file://./images/${seed.heroImage.file}`,
      alt: seed.heroImage.alt,
    },
    topic: seed.topic,
    conditions: seed.conditions,
    body: buildBody('b', seed.body),
    author: reference(AUTHOR_ID),
    medicalReviewer: reference(REVIEWER_ID),
    lastReviewed: seed.lastReviewed,
    publishedAt: seed.publishedAt,
    references: referencesFor(...seed.references),
    risks: seed.risks,
    showCrisisNotice: seed.showCrisisNotice,
    featured: seed.featured,
    ...(seed.seo ? { seo: { _type: 'seo', ...seed.seo } } : {}),
  };
}

const knownSlugs = new Set(articles.map((seed) => seed.slug));
const benefitDocuments = benefits.map((seed, index) => {
  if (!knownSlugs.has(seed.articleSlug))
    throw new Error(`${seed.id} links to unknown article ${seed.articleSlug}`);
  return {
    _id: seed.id,
    _type: 'benefit',
    statement: seed.statement,
    qualifier: seed.qualifier,
    evidenceLevel: seed.evidenceLevel,
    conditions: seed.conditions,
    references: referencesFor(...seed.references),
    order: index,
    article: reference(articleId(seed.articleSlug)),
  };
});

const documents = [...people, clinic, siteSettings, ...articles.map(articleDocument), ...benefitDocuments];
writeFileSync(OUTPUT, documents.map((document) => JSON.stringify(document)).join('\n') + '\n');
console.log(`Wrote ${documents.length} documents to ${OUTPUT}`);
