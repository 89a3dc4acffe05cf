import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mutate, query, revalidate, type LakeDocument } from './support/lake-admin.ts';
import { SAMPLE_ARTICLE } from './support/pages.ts';
import { PAGE_PAIRS, TRANSLATED_ARTICLE } from './support/spanish-pages.ts';

// The Spanish site: every page type under /es renders in Spanish with lang="es-US", names its English twin with
// hreflang (and the English page names it back), the language switch goes to the same page in the other
// language and back, axe finds nothing, and the pages are cached like the English ones.

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const FROM_CACHE = /^(HIT|STALE)$/;

/** The `hreflang` → path map of a page's `<link rel="alternate">` tags. */
async function alternates(page: Page): Promise<Record<string, string>> {
  const links = await page.locator('head link[rel="alternate"][hreflang]').evaluateAll((elements) =>
    elements.map((element) => [element.getAttribute('hreflang')!, (element as HTMLLinkElement).href] as const),
  );
  return Object.fromEntries(links.map(([language, href]) => [language, new URL(href).pathname + new URL(href).search]));
}

for (const pair of PAGE_PAIRS) {
  test(`${pair.name}: the Spanish page is Spanish, and both name each other with hreflang`, async ({ page }) => {
    const spanish = await page.goto(pair.es);
    expect(spanish?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es-US');
    expect(new URL(await page.locator('link[rel="canonical"]').getAttribute('href') ?? '', page.url()).pathname).toBe(
      pair.es.split('?')[0],
    );
    await expect(page.getByRole('link', { name: 'Ir al contenido principal' })).toBeAttached();
    const expected = { 'en-US': pair.en, 'es-US': pair.es, 'x-default': pair.en };
    expect(await alternates(page)).toEqual(expected);

    await page.goto(pair.en);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
    expect(await alternates(page)).toEqual(expected);
  });

  test(`${pair.name}: the language switch goes to the translation and back`, async ({ page }) => {
    await page.goto(pair.en);
    const toSpanish = page.getByRole('link', { name: 'Leer esta página en español' });
    await expect(toSpanish).toHaveAttribute('hreflang', 'es-US');
    await expect(toSpanish).toHaveAttribute('lang', 'es-US');
    await toSpanish.click();
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(pair.es);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es-US');

    const toEnglish = page.getByRole('link', { name: 'Read this page in English' });
    await expect(toEnglish).toHaveAttribute('hreflang', 'en-US');
    await expect(toEnglish).toHaveAttribute('lang', 'en-US');
    await toEnglish.click();
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(pair.en);
  });

  for (const variant of ['desktop', 'phone @phone'] as const) {
    test(`${pair.name} in Spanish has no axe violations (${variant})`, async ({ page }) => {
      expect((await page.goto(pair.es))?.status()).toBe(200);
      const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }

  test(`${pair.name} in Spanish is answered from the cache like the English page`, async ({ request }) => {
    const headers = async (path: string) => {
      await request.get(path);
      const second = await request.get(path);
      expect(second.status()).toBe(200);
      return second.headers();
    };
    const [english, spanish] = [await headers(pair.en), await headers(pair.es)];
    expect(spanish['x-nextjs-cache']).toMatch(FROM_CACHE);
    expect(spanish['cache-control']).toMatch(/^s-maxage=\d+, stale-while-revalidate=\d+$/);
    expect(spanish['cache-control']).toBe(english['cache-control']);
    expect(spanish['content-security-policy']).toBe(english['content-security-policy']);
    expect(spanish['set-cookie']).toBeUndefined();
  });
}

test('an article without a Spanish version has no hreflang, and its switch leads to the Spanish article list', async ({ page }) => {
  await page.goto(SAMPLE_ARTICLE);
  expect(await alternates(page)).toEqual({});
  const toSpanish = page.getByRole('link', { name: 'Ver el sitio en español' });
  await expect(toSpanish).toHaveAttribute('href', '/es/articulos');
  await expect(toSpanish).toHaveAttribute('lang', 'es-US');
});

test('a Spanish article says in Spanish that no clinician has reviewed it (its approval is a placeholder\'s), and declares its language', async ({ page }) => {
  await page.goto(TRANSLATED_ARTICLE.es);
  const header = page.locator('.article-header');
  await expect(header.locator('.reviewer')).toHaveText('Todavía no lo ha revisado un profesional clínico. Cómo revisamos los artículos');
  await expect(header.getByRole('link', { name: 'Cómo revisamos los artículos' })).toHaveAttribute('href', '/es/politica-editorial');
  await expect(header.locator('.review-status')).not.toContainText(/Traducción revisada|revisad[oa] médicamente|placeholder|marcador/i);
  const graph = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
  expect(graph['@graph'].map((node: { inLanguage?: string }) => node.inLanguage)).toEqual(['es-US', 'es-US']);
});

test('an unknown Spanish address is a Spanish 404 that leads home in both languages', async ({ page }) => {
  const response = await page.goto('/es/no-existe');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es-US');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('No encontramos esa página');
  await expect(page.getByRole('link', { name: 'Browse the site in English' })).toHaveAttribute('href', '/');
});

test('the Spanish crisis notice gives the 988 Lifeline in Spanish: call and press 2, or text AYUDA', async ({ page }) => {
  await page.goto('/es/contacto');
  const notice = page.getByRole('complementary', { name: 'Si está en crisis' });
  await expect(notice).toContainText('llame al 988 y marque 2');
  await expect(notice.getByRole('link', { name: 'AYUDA' })).toHaveAttribute('href', 'sms:988?body=AYUDA');
  await page.goto('/contact');
  // The English notice carries the Spanish option too, marked as Spanish for screen readers.
  await expect(page.locator('.crisis [lang="es-US"]')).toContainText('marque 2');
});

test('dates and phone numbers on Spanish pages are written for es-US', async ({ page }) => {
  await page.goto('/es/contacto');
  await expect(page.locator('main').getByRole('link', { name: /^Llamar al \(\d{3}\) \d{3}-\d{4}$/ }).first()).toBeVisible();
  await page.goto(TRANSLATED_ARTICLE.es);
  await expect(page.locator('.article-header time').first()).toHaveText(/^\d{1,2} de [a-z]+ de \d{4}$/);
});

test('the Spanish feed, social card and the sitemap with hreflang alternates', async ({ request }) => {
  const feed = await request.get('/es/feed.xml');
  expect(feed.status()).toBe(200);
  const rss = await feed.text();
  expect(rss).toContain('<language>es-us</language>');
  expect(rss).toContain('/es/articulos/');
  expect(rss).not.toContain('/articles/');

  const card = await request.get('/es/opengraph-image');
  expect(card.status()).toBe(200);
  expect(card.headers()['content-type']).toBe('image/png');

  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
  const contactEntry = /<url>\n<loc>[^<]*\/es\/contacto<\/loc>\n([\s\S]*?)<\/url>/.exec(sitemap)?.[1] ?? '';
  expect(contactEntry).toContain('hreflang="en-US" href="');
  expect(contactEntry).toMatch(/hreflang="es-US" href="[^"]*\/es\/contacto"/);
  expect(contactEntry).toMatch(/hreflang="x-default" href="[^"]*\/contact"/);
});

test.describe('llms.txt in Spanish', () => {
  const REVIEWED_COPY = 'article-es-e2e-llms-revisado';
  const UNREVIEWED_COPY = 'article-es-e2e-llms-sin-revision';
  const COPY_APPROVAL = 'approval-e2e-llms-revisado';
  const SOURCE = 'article-es-ketamina-dolor-cronico';

  // What the lake holds: published Spanish articles with an approval record (the site shows those only).
  const reviewedSpanishSlugs = () =>
    query<string[]>(
      '*[_type == "article" && language == "es" && defined(slug.current) && count(*[_type == "medicalApproval" && kind == "approval" && document._ref == ^._id]) > 0].slug.current',
    );

  test.afterAll(async ({ baseURL }) => {
    await mutate([{ delete: { id: REVIEWED_COPY } }, { delete: { id: UNREVIEWED_COPY } }, { delete: { id: COPY_APPROVAL } }]);
    await revalidate(baseURL!, { _type: 'article' });
  });

  test('/es/llms.txt lists every reviewed Spanish article the lake holds and no unreviewed one, and is cached', async ({
    request,
    baseURL,
  }) => {
    // A reviewed and an unreviewed Spanish article are published together; once the reviewed one is listed, the
    // file was rendered after both arrived.
    const source = await query<LakeDocument>('*[_id == $id][0]', { id: SOURCE });
    const { _rev: _r, _createdAt: _c, _updatedAt: _u, ...fields } = source;
    const approval = await query<LakeDocument>('*[_type == "medicalApproval" && document._ref == $id][0]', { id: SOURCE });
    const { _rev: _ar, _createdAt: _ac, _updatedAt: _au, ...approvalFields } = approval;
    // Only the first copy gets an approval record of its own; the second is a translation nobody approved.
    await mutate([
      { createOrReplace: { ...fields, _id: REVIEWED_COPY, title: 'Copia revisada', slug: { _type: 'slug', current: 'e2e-llms-revisado' } } },
      { createOrReplace: { ...fields, _id: UNREVIEWED_COPY, title: 'Copia sin revisar', slug: { _type: 'slug', current: 'e2e-llms-sin-revision' } } },
      { createOrReplace: { ...approvalFields, _id: COPY_APPROVAL, document: { _type: 'reference', _ref: REVIEWED_COPY, _weak: true } } },
    ]);
    expect((await revalidate(baseURL!, { _type: 'article' })).status).toBe(200);
    const text = () => request.get('/es/llms.txt').then((response) => response.text());
    await expect.poll(text, { timeout: 15_000 }).toContain('/es/articulos/e2e-llms-revisado)');

    const body = await text();
    const listed = [...body.matchAll(/^- \[[^\n]*\]\(([^)\s]+)\)/gm)].map((match) => new URL(match[1]!).pathname);
    const articles = listed.filter((path) => path.startsWith('/es/articulos/'));
    expect(articles.sort()).toEqual((await reviewedSpanishSlugs()).map((slug) => `/es/articulos/${slug}`).sort());
    expect(body).not.toContain('e2e-llms-sin-revision');
    expect(listed.filter((path) => path.startsWith('/articles/'))).toEqual([]);
    expect(body).toMatch(/^# .+\n/);
    expect(body).toContain('## Artículos');
    expect(listed).toContain('/llms.txt');

    // The English file names the Spanish one, and lists no Spanish article.
    const english = await (await request.get('/llms.txt')).text();
    expect(english).toMatch(/^- \[Español\]\(\S+\/es\/llms\.txt\): /m);
    expect(english).not.toContain('/es/articulos/');

    const again = await request.get('/es/llms.txt');
    expect(again.headers()['x-nextjs-cache']).toMatch(FROM_CACHE);
    expect(again.headers()['content-type']).toBe('text/plain; charset=utf-8');
  });
});
