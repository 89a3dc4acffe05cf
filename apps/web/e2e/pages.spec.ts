import { expect, test } from '@playwright/test';
import { PAGE_TYPES, SAMPLE_ARTICLE } from './support/pages.ts';

for (const pageType of PAGE_TYPES) {
  test(`${pageType.name} answers ${pageType.status} with one h1 and the site chrome`, async ({ page }) => {
    const response = await page.goto(pageType.path);
    expect(response?.status()).toBe(pageType.status);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeAttached();
    await expect(page.locator('main#main')).toBeVisible();
    expect(await page.locator('html').getAttribute('lang')).toBe('en-US');
    if (pageType.status === 200) {
      // Findability: every indexable page has a canonical URL, a description and a social card image.
      await expect(page.locator('link[rel="canonical"]')).toHaveCount(1);
      await expect(page.locator('meta[name="description"]')).toHaveCount(1);
      expect(await page.locator('meta[property="og:image"]').count()).toBeGreaterThan(0);
    }
  });
}

test('unknown topics and out-of-range pages are 404s, not a different list', async ({ page }) => {
  expect((await page.goto('/articles?topic=miracle-cures'))?.status()).toBe(404);
  expect((await page.goto('/articles?page=999'))?.status()).toBe(404);
  expect((await page.goto('/articles/no-such-article'))?.status()).toBe(404);
});

test('every page loads only from the site itself (no third-party requests)', async ({ page, baseURL }) => {
  const origins = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http')) origins.add(url.origin);
  });
  for (const pageType of PAGE_TYPES) {
    await page.goto(pageType.path, { waitUntil: 'networkidle' });
  }
  await page.goto(SAMPLE_ARTICLE, { waitUntil: 'networkidle' });
  // Scroll so lazy images load too.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  expect([...origins]).toEqual([new URL(baseURL!).origin]);
});

test('article images come from the site origin with width and height set', async ({ page }) => {
  await page.goto(SAMPLE_ARTICLE);
  const hero = page.locator('.article-hero img');
  await expect(hero).toHaveAttribute('width', /\d+/);
  await expect(hero).toHaveAttribute('height', /\d+/);
  expect(await hero.getAttribute('alt')).toBeTruthy();
  expect(await hero.getAttribute('src')).toMatch(/^\/cdn\/images\/local\/production\/.+w=\d+.*/);
  const loaded = await hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0);
  expect(loaded).toBe(true);
});

test('feeds and machine-readable files are served', async ({ request }) => {
  const feed = await request.get('/feed.xml');
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('application/rss+xml');
  expect(await feed.text()).toContain('<rss version="2.0"');

  const llms = await request.get('/llms.txt');
  expect(llms.status()).toBe(200);
  expect(await llms.text()).toContain('(916) 915-9215');

  const sitemap = await request.get('/sitemap.xml');
  expect(await sitemap.text()).toContain(SAMPLE_ARTICLE);

  const robots = await request.get('/robots.txt');
  expect(await robots.text()).toContain('Sitemap:');

  const og = await request.get(`${SAMPLE_ARTICLE}/opengraph-image`);
  expect(og.status()).toBe(200);
  expect(og.headers()['content-type']).toBe('image/png');
});

test('article page carries metadata and JSON-LD that mirror the page', async ({ page }) => {
  await page.goto(SAMPLE_ARTICLE);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/articles\/ketamine-for-crps-what-to-expect$/);
  await expect(page.locator('meta[property="og:image"]').first()).toHaveAttribute('content', /opengraph-image/);
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const graph = blocks.map((text) => JSON.parse(text) as Record<string, unknown>);
  const webPage = graph.flatMap((block) => (block['@graph'] as Record<string, unknown>[] | undefined) ?? []).find((node) => node['@type'] === 'MedicalWebPage');
  expect(webPage).toBeDefined();
  const h1 = await page.locator('h1').textContent();
  expect(webPage!.name).toBe(h1);
  // The sample's reviewer is a placeholder: no review date and no reviewer are claimed to search engines.
  expect(webPage).not.toHaveProperty('lastReviewed');
  expect(webPage).not.toHaveProperty('reviewedBy');
  expect(graph.some((block) => block['@type'] === 'BreadcrumbList')).toBe(true);
});

test('content pages load no page-specific JavaScript: every page uses the same shared chunks', async ({ page }) => {
  const scriptSets: string[] = [];
  for (const path of ['/', SAMPLE_ARTICLE, '/articles', '/benefits', '/contact']) {
    await page.goto(path);
    const sources = await page.locator('script[src]').evaluateAll((scripts) => scripts.map((script) => script.getAttribute('src')).sort());
    scriptSets.push(JSON.stringify(sources));
  }
  expect(new Set(scriptSets).size).toBe(1);
});
