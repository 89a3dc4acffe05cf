import { expect, test } from '@playwright/test';
import { BROKEN_CLINIC_NAME, BROKEN_REFERENCE_TITLE, MALFORMED_ARTICLE_TITLE } from './support/broken-seed.ts';
import { MALFORMED_ARTICLE, SAMPLE_ARTICLE } from './support/pages.ts';

test('an article with a malformed reference renders without that reference', async ({ page }) => {
  const response = await page.goto(MALFORMED_ARTICLE);
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1')).toHaveText(MALFORMED_ARTICLE_TITLE);
  await expect(page.getByText(BROKEN_REFERENCE_TITLE)).toHaveCount(0);

  // Every valid reference of the article it was copied from is still listed and numbered.
  const original = await page.context().newPage();
  await original.goto(SAMPLE_ARTICLE);
  const originalCount = await original.locator('#references + ol > li').count();
  await original.close();
  expect(originalCount).toBeGreaterThan(0);
  await expect(page.locator('#references + ol > li')).toHaveCount(originalCount);

  // The sentence that cited the broken reference keeps its words, without a citation mark or the unsafe link.
  const sentence = page.locator('p', { hasText: 'This sentence cites the broken reference' });
  await expect(sentence).toBeVisible();
  await expect(sentence.locator('sup, a')).toHaveCount(0);
  expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);

  // The rest of the page is intact: the call to action still carries the real number.
  await expect(page.locator('main a[href="tel:+19169159215"]').first()).toBeVisible();
});

test('a clinic with malformed contact fields is listed without the broken parts', async ({ page }) => {
  const response = await page.goto('/contact');
  expect(response?.status()).toBe(200);
  const card = page.locator('article.clinic', { has: page.getByRole('heading', { name: BROKEN_CLINIC_NAME }) });
  await expect(card).toBeVisible();
  await expect(card).toContainText('1 Test Street');
  // Invalid phone, e-mail, booking link and hours are left out; nothing half-broken is shown.
  await expect(card.locator('a[href^="tel:"], a[href^="mailto:"]')).toHaveCount(0);
  await expect(card.getByText('call us now')).toHaveCount(0);
  await expect(card.getByText('not-an-email')).toHaveCount(0);
  await expect(card.getByText('Funday')).toHaveCount(0);
  expect(await page.locator('a[href^="javascript:" i], a[href^="http:" i], a[href^="ftp:" i]').count()).toBe(0);
  // The primary clinic is still first and complete.
  const first = page.locator('article.clinic').first();
  await expect(first.locator('a[href="tel:+19169159215"]')).toBeVisible();
});
