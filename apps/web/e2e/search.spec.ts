import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// Site search as a visitor uses it: the header's form, the results page, and what the page says when nothing
// matches or the search is about suicide or self-harm. Against the production build and the sample dataset.

const ADDICTION_ARTICLE = '/articles/is-ketamine-addictive-dependence-and-bladder-health';
const CLINIC_PHONE = 'tel:+19169159215';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

const results = (page: Page) => page.locator('.search-results > li');
const crisisNotice = (page: Page, name = 'If you are in crisis') => page.getByRole('complementary', { name });

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header form searches, corrects a phone typo and marks the matching words', async ({ page }) => {
    await page.goto('/');
    const header = page.getByRole('search', { name: 'Site' });
    await header.getByRole('searchbox', { name: 'Search articles' }).fill('ketamne bladder');
    await header.getByRole('button', { name: 'Search' }).click();
    await expect(page).toHaveURL(/\/search\?q=ketamne\+bladder$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Results for “ketamne bladder”');
    await expect(page.locator('.search-page__corrected')).toHaveText('Showing results for ketamine bladder');
    await expect(results(page).first().getByRole('link')).toHaveAttribute('href', ADDICTION_ARTICLE);
    await expect(results(page).first().locator('mark').first()).toHaveText(/^bladder$/i);
    await expect(crisisNotice(page)).toHaveCount(0);
    // The search page's own form keeps the search, for changing it.
    await expect(page.getByRole('search', { name: 'Articles' }).getByRole('searchbox')).toHaveValue(
      'ketamne bladder',
    );
  });

  test('an empty search points to the topics and the clinic phone', async ({ page }) => {
    await page.goto('/search');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
    const topics = page.locator('section[aria-labelledby="search-topics-heading"] a');
    expect(await topics.count()).toBeGreaterThan(3);
    await expect(topics.first()).toHaveAttribute('href', /^\/articles\?topic=/);
    await expect(page.locator('.search-page__call a')).toHaveAttribute('href', CLINIC_PHONE);
  });

  test('a search that finds nothing says so and points to the topics and the phone', async ({ page }) => {
    await page.goto('/search?q=xylophone+quartet');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'No articles found for “xylophone quartet”',
    );
    await expect(results(page)).toHaveCount(0);
    await expect(page.locator('.search-page__call a')).toHaveAttribute('href', CLINIC_PHONE);
  });

  for (const query of [
    'suicide',
    'sucidal thoughts',
    'how to stop self harm',
    'quiero morir',
    'autolesion',
  ]) {
    test(`a search about suicide or self-harm shows the crisis notice: ${JSON.stringify(query)}`, async ({
      page,
    }) => {
      await page.goto(`/search?q=${encodeURIComponent(query)}`);
      const notice = crisisNotice(page);
      await expect(notice).toBeVisible();
      await expect(notice.getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
    });
  }
});

test.describe('in Spanish, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the Spanish header form searches Spanish content at /es/buscar and offers the topics and the phone', async ({
    page,
  }) => {
    await page.goto('/es');
    const header = page.getByRole('search', { name: 'Sitio' });
    await header.getByRole('searchbox', { name: 'Buscar artículos' }).fill('xilófono');
    await header.getByRole('button', { name: 'Buscar' }).click();
    await expect(page).toHaveURL(/\/es\/buscar\?q=/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'No se encontraron artículos para «xilófono»',
    );
    await expect(page.locator('section[aria-labelledby="search-topics-heading"] a').first()).toHaveAttribute(
      'href',
      /^\/es\/articulos\?topic=/,
    );
    await expect(page.locator('.search-page__call a')).toHaveAttribute('href', CLINIC_PHONE);
  });

  test('a Spanish search about suicide shows the crisis notice in Spanish', async ({ page }) => {
    await page.goto('/es/buscar?q=quiero+morir');
    await expect(crisisNotice(page, 'Si está en crisis')).toBeVisible();
  });
});

test('search text is shown as text, never as markup', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const hostile = '<img src=x onerror=alert(1)> ketamine';
  await page.goto(`/search?q=${encodeURIComponent(hostile)}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('main img[src="x"]')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('any search text answers 200: GROQ syntax, quotes, very long text', async ({ request }) => {
  for (const q of [
    '*[_type == "x"]',
    '"unclosed',
    '-',
    '\\',
    'a'.repeat(5000),
    'ketamine ||| score(',
    '%00',
  ]) {
    const response = await request.get(`/search?q=${encodeURIComponent(q)}`);
    expect({ q: q.slice(0, 30), status: response.status() }).toEqual({ q: q.slice(0, 30), status: 200 });
  }
});

test('result pages are not indexed, may be kept by a shared cache, and keep the site policy', async ({
  request,
  page,
}) => {
  const spanish = await request.get('/es/buscar?q=ketamina');
  expect(spanish.headers()['cache-control']).toMatch(/^public, max-age=0, s-maxage=\d+/);
  const response = await request.get('/search?q=ketamine');
  expect(response.headers()['cache-control']).toMatch(
    /^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/,
  );
  expect(response.headers()['content-security-policy']).toContain("form-action 'self'");
  await page.goto('/search?q=ketamine');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
});

test('the results rank a title match first', async ({ page }) => {
  await page.goto('/search?q=bladder');
  await expect(results(page).first().getByRole('link')).toHaveAttribute('href', ADDICTION_ARTICLE);
  await expect(results(page).first().getByRole('heading').locator('mark')).toHaveText(['bladder']);
});

for (const path of [
  '/search',
  '/search?q=ketamine+bladder',
  '/search?q=xylophone',
  '/search?q=suicide',
  '/es/buscar',
  '/es/buscar?q=suicidio',
]) {
  for (const variant of ['desktop', 'phone @phone'] as const) {
    test(`${path} has no axe violations (${variant})`, async ({ page }) => {
      await page.goto(path);
      const found = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(
        found.violations.map(
          (violation) =>
            `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        ),
      ).toEqual([]);
    });
  }
}
