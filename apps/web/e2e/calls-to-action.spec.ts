import { expect, test } from '@playwright/test';
import { SAMPLE_ARTICLE } from './support/pages.ts';

const TEL = 'tel:+19169159215';
const DISPLAY = '(916) 915-9215';

for (const path of ['/', SAMPLE_ARTICLE, '/contact', '/benefits']) {
  test(`the call link on ${path} dials the clinic's real number`, async ({ page }) => {
    await page.goto(path);
    const calls = page.locator(`main a[href^="tel:"]:not([href="tel:988"]):not([href="tel:911"])`);
    expect(await calls.count()).toBeGreaterThan(0);
    for (const href of await calls.evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
      expect(href).toBe(TEL);
    }
    await expect(calls.first()).toBeVisible();
    await expect(calls.first()).toContainText(DISPLAY);
  });
}

test('the header call button is shown on a desktop screen', async ({ page }) => {
  await page.goto('/');
  const headerCall = page.locator(`header a[href="${TEL}"]`);
  await expect(headerCall).toBeVisible();
  await expect(headerCall).toContainText(DISPLAY);
  await expect(page.locator('.call-bar')).toBeHidden();
});

test('a sticky call bar is one tap away on a phone @phone', async ({ page }) => {
  await page.goto(SAMPLE_ARTICLE);
  const bar = page.getByRole('navigation', { name: 'Contact the clinic' });
  await expect(bar).toBeVisible();
  const call = bar.getByRole('link', { name: new RegExp(DISPLAY.replace(/[()]/g, '\\$&')) });
  await expect(call).toHaveAttribute('href', TEL);
  // Still in view after scrolling to the end of a long article.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await expect(call).toBeInViewport();
  // The page must not be wider than the phone.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the crisis notice offers 988 and 911 on a mental-health article', async ({ page }) => {
  await page.goto('/articles/ketamine-and-suicidal-thoughts');
  const notice = page.getByRole('complementary', { name: 'If you are in crisis' });
  await expect(notice.getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
  await expect(notice.getByRole('link', { name: 'Text 988' })).toHaveAttribute('href', 'sms:988');
  await expect(notice.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
});
