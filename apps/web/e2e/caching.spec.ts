import { expect, test, type APIResponse } from '@playwright/test';
import { mutate, query, removeWebhooks, revalidate } from './support/lake-admin.ts';
import { PAGE_TYPES, SAMPLE_ARTICLE } from './support/pages.ts';

// Public pages are prerendered and answered from Next's cache: the same stored HTML for every visitor, no
// render per request, a Cache-Control a CDN can honour. A signed webhook is what makes a page render again.

const CACHED_PATHS = [
  ...PAGE_TYPES.filter((page) => page.status === 200).map((page) => page.path),
  '/articles?topic=crps&page=1',
  '/feed.xml',
  '/sitemap.xml',
  '/llms.txt',
  '/es/llms.txt',
  '/opengraph-image',
  `${SAMPLE_ARTICLE}/opengraph-image`,
];

/** Served from the cache: fresh (HIT) or, past its revalidate time, the stored copy while it refreshes (STALE). */
const FROM_CACHE = /^(HIT|STALE)$/;

function cacheControl(response: APIResponse): { sMaxage: number; staleWhileRevalidate: number } {
  const header = response.headers()['cache-control'] ?? '';
  const match = /^s-maxage=(\d+), stale-while-revalidate=(\d+)$/.exec(header);
  expect(match, `Cache-Control "${header}"`).not.toBeNull();
  return { sMaxage: Number(match![1]), staleWhileRevalidate: Number(match![2]) };
}

for (const path of CACHED_PATHS) {
  test(`${path} is answered from the cache with a CDN-cacheable Cache-Control`, async ({ request }) => {
    // Other test files publish and delete content meanwhile, and each change empties the pages it touches: a
    // pair of requests that straddles one is tried again. A page that is never cached fails all three.
    let first!: APIResponse;
    let second!: APIResponse;
    for (let attempt = 0; attempt < 3; attempt++) {
      first = await request.get(path);
      expect(first.status()).toBe(200);
      second = await request.get(path);
      if (FROM_CACHE.test(second.headers()['x-nextjs-cache'] ?? '')) break;
    }
    expect(second.headers()['x-nextjs-cache']).toMatch(FROM_CACHE);
    expect(await second.body()).toEqual(await first.body());
    const { sMaxage, staleWhileRevalidate } = cacheControl(second);
    expect(sMaxage).toBeGreaterThan(0);
    expect(staleWhileRevalidate).toBeGreaterThan(0);
    expect(second.headers()['set-cookie']).toBeUndefined();
  });
}

/**
 * Node writes a cached page to the socket as one string, and past 65,536 characters that are not pure ASCII it
 * costs the server six to nine times the CPU; the site hands such pages to Node as bytes instead
 * (src/http/long-writes-as-bytes.ts, scripts/load/README.md "Page weight"). Every page of the sitemap, the
 * long articles included, must still arrive whole: the declared length, the closing tag, the same bytes twice.
 */
test('every page in the sitemap arrives whole from the cache, long pages included', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  expect(paths.length).toBeGreaterThan(10);
  const lengths: number[] = [];
  for (const path of paths) {
    const first = await request.get(path, { headers: { 'accept-encoding': 'identity' } });
    const response = await request.get(path, { headers: { 'accept-encoding': 'identity' } });
    expect(response.status(), path).toBe(200);
    const body = await response.body();
    expect(body.equals(await first.body()), path).toBe(true);
    expect(Number(response.headers()['content-length']), path).toBe(body.length);
    const text = body.toString('utf8');
    expect(text.trimEnd().endsWith('</html>'), path).toBe(true);
    lengths.push(text.length);
  }
  // The sample site has pages on both sides of the 64 Ki-character single write, so both paths are exercised.
  expect(Math.max(...lengths)).toBeGreaterThan(65_536);
  expect(Math.min(...lengths)).toBeLessThan(65_536);
});

test.describe('refreshing', () => {
  test.describe.configure({ mode: 'serial' });
  const ARTICLE_ID = 'article-ketamine-for-crps-what-to-expect';
  const SLUG = SAMPLE_ARTICLE.split('/').at(-1)!;
  let originalTitle: string;

  test.beforeAll(async () => {
    originalTitle = (await query<{ title: string }>('*[_id == $id][0]{title}', { id: ARTICLE_ID })).title;
  });

  test.afterAll(async ({ baseURL }) => {
    await mutate([{ patch: { id: ARTICLE_ID, set: { title: originalTitle } } }]);
    expect((await revalidate(baseURL!, { _type: 'article', slug: SLUG })).status).toBe(200);
  });

  test('a published change is not rendered until the signed webhook names it; then the page renders once and is cached again', async ({
    request,
    baseURL,
  }) => {
    removeWebhooks(); // the lake must not call the site on its own here
    const heading = (html: string) => /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];
    const before = await request.get(SAMPLE_ARTICLE);
    expect(heading(await before.text())).toBe(originalTitle);

    const newTitle = `${originalTitle} (revised ${Date.now()})`;
    await mutate([{ patch: { id: ARTICLE_ID, set: { title: newTitle } } }]);
    // The cache still answers with the page as it was rendered: the change has not been rendered.
    const cached = await request.get(SAMPLE_ARTICLE);
    expect(cached.headers()['x-nextjs-cache']).toMatch(FROM_CACHE);
    expect(heading(await cached.text())).toBe(originalTitle);

    const webhook = await revalidate(baseURL!, { _type: 'article', slug: SLUG });
    expect(await webhook.json()).toEqual({ revalidated: true, tags: ['article', `article:${SLUG}`] });

    // The tags expired outright: the next visitor gets a fresh render (MISS), not the old page...
    const rendered = await request.get(SAMPLE_ARTICLE);
    expect(rendered.headers()['x-nextjs-cache']).toBe('MISS');
    expect(heading(await rendered.text())).toBe(newTitle);
    // ...which is stored and served from the cache again.
    const again = await request.get(SAMPLE_ARTICLE);
    expect(again.headers()['x-nextjs-cache']).toBe('HIT');
    expect(heading(await again.text())).toBe(newTitle);
    // The article list shows the same title, so it was refreshed by the same tag.
    await expect.poll(async () => (await (await request.get('/articles?topic=crps')).text()).includes(newTitle)).toBe(true);
  });
});
