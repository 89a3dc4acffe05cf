// Lists count only what the site shows: the total and the pages of the article list hold exactly the articles
// whose card passes the zod contract. Checked on generated articles with hostile values, through the real query
// (groq-js, as the Content Lake runs it); then the example from the list page: one invalid article among 19
// valid ones still gives full pages of 9.
import { beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { captureDroppedContentInEachTest, memoryFetcher } from '../testing/memory-fetcher.ts';
import { loadSeedDataset, seedDocument, type SeedDocument } from '../testing/seed-dataset.ts';
import { CRPS_ARTICLE_ID } from '../testing/fixtures.ts';
import { TOPIC_VALUES } from '../taxonomy.ts';
import { articleSummarySchema, fetchArticleList } from './article.ts';

const capture = captureDroppedContentInEachTest();
let seed: SeedDocument[];
beforeAll(async () => {
  seed = await loadSeedDataset();
});

const hostileText = fc.oneof(
  fc.constantFrom('', ' ', '\u00a0\t', '\u200b', 'Ketamine', ' Ketamine FAQ '),
  fc.string({ maxLength: 8 }),
  fc.constant(undefined),
  fc.constant(42),
);
const hostileSlug = fc.oneof(
  fc.constantFrom('Ketamine-FAQ', 'ketamine faq', 'ketamine--faq', '-faq', 'faq-', 'fa_q', 'fa.q', 'für', 'ok-slug'),
  fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  fc.string({ unit: fc.constantFrom(...'aZ9-_. ü'), maxLength: 8 }),
);
const hostileFields = {
  title: hostileText,
  excerpt: hostileText,
  slug: fc.oneof(hostileSlug.map((current) => ({ _type: 'slug', current })), fc.constant(undefined), fc.constant({})),
  topic: fc.oneof(fc.constantFrom(...TOPIC_VALUES), fc.constantFrom('Depression', 'other', '')),
  publishedAt: fc.constantFrom('2025-03-14T09:30:00.000Z', '2025-03-14T09:30:00+02:00', '2025-03-14', 'yesterday', ''),
};
const validCard = {
  title: 'Ketamine FAQ',
  excerpt: 'What an infusion is like.',
  slug: { _type: 'slug', current: 'ketamine-faq' },
  topic: TOPIC_VALUES[0],
  publishedAt: '2025-03-14T09:30:00.000Z',
};
type FieldName = keyof typeof hostileFields;
// Half the articles are a valid card with one field made hostile, so both sides of the contract are reached.
const oneHostileField = fc
  .constantFrom(...(Object.keys(hostileFields) as FieldName[]))
  .chain((field) => hostileFields[field].map((value) => ({ ...validCard, [field]: value })));
const hostileArticle = fc.oneof(oneHostileField, fc.record(hostileFields, { requiredKeys: [] }));

describe('the article list', () => {
  it('counts and lists exactly the articles whose card the site shows', async () => {
    let everShown = false;
    await fc.assert(
      fc.asyncProperty(fc.array(hostileArticle, { minLength: 1, maxLength: 8 }), async (fields) => {
        const dataset = fields.map((article, index) => ({
          _id: `article-${index}`,
          _type: 'article',
          _updatedAt: '2026-01-05T10:00:00Z',
          ...article,
        }));
        const list = await fetchArticleList(memoryFetcher(dataset), { pageSize: 100 });
        // The reference: each document as the list query projects an English article (no hero image, no
        // translation fields), judged by the contract on its own.
        const shown = dataset
          .map((article) => ({
            heroImage: null,
            language: 'en',
            translationReviewer: null,
            translationReviewed: null,
            ...article,
            slug: (article.slug as { current?: unknown } | undefined)?.current,
          }))
          .filter((summary) => articleSummarySchema.safeParse(summary).success)
          .map((summary) => summary._id);
        everShown ||= shown.length > 0;
        expect(list.total).toBe(shown.length);
        expect(list.articles.map((article) => article._id).sort()).toEqual(shown.sort());
      }),
      { numRuns: 300 },
    );
    // The generator must reach articles the site shows, or the property would hold for an empty list alone.
    expect(everShown).toBe(true);
  });
});

describe('pages of the article list', () => {
  it('are full pages of 9 when one article is invalid', async () => {
    const template = seedDocument(seed, CRPS_ARTICLE_ID);
    const others = seed.filter((document) => document._type !== 'article');
    const articles = Array.from({ length: 20 }, (_, index) => ({
      ...structuredClone(template),
      _id: `article-${index}`,
      slug: { _type: 'slug', current: index === 4 ? 'Ketamine-FAQ' : `article-${index}` },
      publishedAt: `2025-01-${String(index + 1).padStart(2, '0')}T09:00:00Z`,
    }));
    const fetcher = memoryFetcher([...others, ...articles]);
    const pages = [];
    for (let page = 1; page <= 3; page++) pages.push(await fetchArticleList(fetcher, { page, pageSize: 9 }));
    expect(pages.map((list) => list.articles.length)).toEqual([9, 9, 1]);
    expect(pages[0]).toMatchObject({ total: 19, pageCount: 3 });
    expect(pages.flatMap((list) => list.articles.map((article) => article._id))).not.toContain('article-4');
    // The invalid article is reported, once per page read, with the editor's fix.
    expect(new Set(capture.events.map((event) => `${event.id} ${event.path} ${event.dropped}`))).toEqual(
      new Set(['article-4 slug document']),
    );
  });
});
