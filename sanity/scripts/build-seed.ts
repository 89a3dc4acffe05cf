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

/**
 * The article document for one sample article: the fields with a sample form of their own (slug, hero image,
 * references, SEO, body) are expanded, the sample people are referenced, and every other field is copied as
 * written, so a new optional field needs no change here.
 */
function articleDocument({ slug, heroImage, references, seo, body, ...stored }: ArticleSeed) {
  return {
    _id: articleId(slug),
    _type: 'article',
    ...stored,
    slug: { _type: 'slug', current: slug },
    heroImage: { _type: 'image', _sanityAsset: `image@file://./images/${heroImage.file}`, alt: heroImage.alt },
    body: buildBody('b', body),
    author: reference(AUTHOR_ID),
    medicalReviewer: reference(REVIEWER_ID),
    references: referencesFor(...references),
    ...(seo ? { seo: { _type: 'seo', ...seo } } : {}),
  };
}

const knownSlugs = new Set(articles.map((seed) => seed.slug));
const benefitDocuments = benefits.map(({ id, references, articleSlug, ...stored }, index) => {
  if (!knownSlugs.has(articleSlug)) throw new Error(`${id} links to unknown article ${articleSlug}`);
  return {
    _id: id,
    _type: 'benefit',
    ...stored,
    references: referencesFor(...references),
    order: index,
    article: reference(articleId(articleSlug)),
  };
});

const documents = [...people, clinic, siteSettings, ...articles.map(articleDocument), ...benefitDocuments];
writeFileSync(OUTPUT, documents.map((document) => JSON.stringify(document)).join('\n') + '\n');
console.log(`Wrote ${documents.length} documents to ${OUTPUT}`);
