import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { brokenDocument, type Doc } from './support/corruption.ts';
import { hrefProblem, hrefsIn } from './support/hrefs.ts';
import { mutate, query, revalidate } from './support/lake-admin.ts';

// Property: whatever an editor or an import leaves in a document, every page type answers 200 or 404 (never a
// server error) and no invalid value reaches an href. Each run writes a broken version of a sample document
// into the lake, tells the site through the signed webhook (so the cached content really is replaced), requests
// every page type, and puts the original back.

// RESILIENCE_RUNS for a longer hunt; RESILIENCE_SEED replays the seed a failure printed.
const RUNS = Number(process.env.RESILIENCE_RUNS ?? 25);
const SAMPLE_IDS = [
  'article-ketamine-for-crps-what-to-expect',
  'article-ketamine-and-suicidal-thoughts',
  'clinic-propel-sacramento',
  'siteSettings',
  'benefit-rapid-depression-relief',
  'person-sample-reviewer',
  'person-sample-author',
];
const HTML_PAGES = ['/', '/articles', '/articles?topic=depression', '/benefits', '/contact'];
const OTHER_PAGES = ['/feed.xml', '/es/feed.xml', '/sitemap.xml', '/llms.txt', '/es/llms.txt', '/robots.txt'];

function slugOf(doc: Doc): string | null {
  const slug = doc.slug;
  const current = typeof slug === 'object' && slug !== null && !Array.isArray(slug) ? slug.current : undefined;
  return typeof current === 'string' && /^[a-z0-9-]+$/.test(current) ? current : null;
}

async function tellSite(siteUrl: string, doc: Doc): Promise<void> {
  const slug = slugOf(doc);
  const response = await revalidate(siteUrl, { _type: doc._type, ...(slug ? { slug } : {}) });
  expect(response.status, 'revalidation webhook').toBe(200);
}

test.describe.configure({ mode: 'serial' });

test('broken documents never cause a server error or an unsafe href', async ({ baseURL }) => {
  test.setTimeout(Math.max(120_000, RUNS * 15_000));
  const samples = await query<Doc[]>('*[_id in $ids]', { ids: SAMPLE_IDS });
  expect(samples.map((doc) => doc._id).sort()).toEqual([...SAMPLE_IDS].sort());
  const site = baseURL!;

  // The pages are cached by tags: make sure a write plus the webhook really reaches them before trusting a run.
  const canary = samples.find((doc) => doc._id === SAMPLE_IDS[0])!;
  const canaryTitle = `Canary title ${Date.now()}`;
  await mutate([{ createOrReplace: { ...canary, title: canaryTitle } }]);
  await tellSite(site, canary);
  expect(await (await fetch(`${site}/articles/${slugOf(canary)}`)).text()).toContain(canaryTitle);

  try {
    await fc.assert(
      fc.asyncProperty(brokenDocument(samples), async ({ original, broken }) => {
        await mutate([{ createOrReplace: broken }]);
        try {
          await tellSite(site, original);
          await tellSite(site, broken);
          const slugs = new Set([slugOf(original), slugOf(broken)].filter((slug): slug is string => slug !== null));
          const paths = [...HTML_PAGES, ...[...slugs].map((slug) => `/articles/${slug}`), ...OTHER_PAGES];
          for (const path of paths) {
            const response = await fetch(`${site}${path}`);
            const body = await response.text();
            expect([200, 404], `${path} answered ${response.status}`).toContain(response.status);
            if (!(response.headers.get('content-type') ?? '').includes('text/html')) continue;
            const unsafe = hrefsIn(body)
              .map((href) => ({ href: href.slice(0, 120), problem: hrefProblem(href) }))
              .filter((entry) => entry.problem !== null);
            expect(unsafe, `unsafe href on ${path}`).toEqual([]);
          }
        } finally {
          await mutate([{ createOrReplace: original }]);
          await tellSite(site, original);
        }
      }),
      { numRuns: RUNS, endOnFailure: true, verbose: 1, ...(process.env.RESILIENCE_SEED ? { seed: Number(process.env.RESILIENCE_SEED) } : {}) },
    );
  } finally {
    await mutate(samples.map((doc) => ({ createOrReplace: doc })));
    for (const type of new Set(samples.map((doc) => doc._type))) await revalidate(site, { _type: type });
  }
});
