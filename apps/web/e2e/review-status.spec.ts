import { expect, test } from '@playwright/test';
import { SAMPLE_ARTICLE } from './support/pages.ts';

// The sample reviewer is a placeholder, and the sample CRPS article was rewritten after its (placeholder) approval:
// what a visitor and a search engine see must claim no review at all, and the risks must be one link from every
// benefit.

test('an article approved only by a placeholder never reads as clinician-reviewed, nor names anyone', async ({ page }) => {
  await page.goto(SAMPLE_ARTICLE);
  const header = page.locator('.article-header');
  await expect(header.locator('.reviewer')).toHaveText('Not yet reviewed by a clinician. How we review articles');
  await expect(header.getByRole('link', { name: 'How we review articles' })).toHaveAttribute('href', '/editorial-policy');
  // The review block names no one and no date (the author line below it labels the sample author, as it should).
  await expect(header.locator('.review-status')).not.toContainText(/medically reviewed|last reviewed|next review|placeholder/i);
  await expect(page.getByRole('note')).toHaveCount(0);
  const graph = (await page.locator('script[type="application/ld+json"]').allTextContents()).flatMap(
    (text) => ((JSON.parse(text) as { '@graph'?: Record<string, unknown>[] })['@graph'] ?? []),
  );
  const webPage = graph.find((node) => node['@type'] === 'MedicalWebPage');
  expect(webPage).not.toHaveProperty('lastReviewed');
  expect(webPage).not.toHaveProperty('reviewedBy');
  expect(JSON.stringify(graph)).not.toMatch(/placeholder/i);
});

test('the article lists, llms.txt and the feed claim no clinician review', async ({ page, request }) => {
  await page.goto('/articles');
  await expect(page.locator('main')).not.toContainText(/reviewed by a clinician|medically reviewed/i);
  for (const path of ['/llms.txt', '/feed.xml']) {
    const text = await (await request.get(path)).text();
    expect(text).not.toMatch(/medically reviewed|reviewed by a clinician/i);
  }
});

// The same in Spanish: a Spanish page claims a clinician's review with "revisado médicamente" or "revisado por
// un médico / un profesional clínico" (the placeholder's own line says "no lo ha revisado un profesional clínico").
const SPANISH_REVIEW_CLAIM = /revisad[oa]s? médicamente|revisad[oa]s? por (un|una) (médic[oa]|profesional clínico)/i;

test('the Spanish article list, llms.txt and feed claim no clinician review', async ({ page, request }) => {
  await page.goto('/es/articulos');
  await expect(page.locator('main')).not.toContainText(SPANISH_REVIEW_CLAIM);
  for (const path of ['/es/llms.txt', '/es/feed.xml']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(await response.text()).not.toMatch(SPANISH_REVIEW_CLAIM);
  }
});

test('every benefit on the home and benefits pages links to risks that exist on the page it opens', async ({ page }) => {
  for (const path of ['/', '/benefits']) {
    await page.goto(path);
    const cards = page.locator('article.benefit');
    const hrefs = await cards.evaluateAll((nodes) =>
      nodes.map((node) => node.querySelector('a[href$="#risks"], a[href="/articles?topic=safety"]')?.getAttribute('href') ?? null),
    );
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs).not.toContain(null);
    await page.goto(hrefs[0]!);
    await expect(page.locator('#risks')).toContainText('pregnant or breastfeeding');
  }
});
