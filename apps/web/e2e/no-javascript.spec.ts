import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import en from '../src/i18n/messages/en.json' with { type: 'json' };
import es from '../src/i18n/messages/es.json' with { type: 'json' };
import { revalidate } from './support/lake-admin.ts';
import { sitemapUrls } from './support/standards.ts';

// Visitors, crawlers and screen readers that read only the server's HTML: with JavaScript disabled, every page
// of the sitemap, and the not-found page of each language, shows its content inside the site layout; with the
// content backend not answering (its process stopped), a search, and any page a publish expired, shows the error
// view of its language with 503; a cached page is still served.

test.use({ javaScriptEnabled: false });

const MESSAGES = { en, es } as const;
const LANG = { en: 'en-US', es: 'es-US' } as const;
const languageOf = (path: string) => (path === '/es' || path.startsWith('/es/') ? 'es' : 'en');

test('every page of the sitemap shows its heading, language, header and footer without JavaScript', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const paths = sitemapUrls(await (await request.get('/sitemap.xml')).text()).map(
    (entry) => new URL(entry.loc).pathname,
  );
  expect(paths.length).toBeGreaterThan(10);
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('html'), path).toHaveAttribute('lang', LANG[languageOf(path)]);
    await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
    expect((await page.locator('main').innerText()).length, path).toBeGreaterThan(100);
    await expect(page.locator('header').first(), path).toBeVisible();
    await expect(page.locator('footer').first().getByRole('link', { name: '988' }), path).toBeVisible();
  }
  console.log(`no JavaScript: ${paths.length} sitemap pages show their content`);
});

for (const [locale, paths] of [
  [
    'en',
    [
      '/this-page-does-not-exist',
      '/articles/no-such-article',
      '/articles?topic=no-such-topic',
      '/articles?page=999',
      '/deeply/nested/unknown/address',
    ],
  ],
  [
    'es',
    [
      '/es/no-existe',
      '/es/articulos/no-existe',
      '/es/articulos?topic=no-existe',
      '/es/articulos?page=999',
      '/es/muy/dentro/desconocida',
    ],
  ],
] as const) {
  test(`a missing page in ${locale} answers 404 with the not-found view in the site layout, without JavaScript`, async ({
    page,
  }) => {
    const t = MESSAGES[locale].NotFound;
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.locator('html'), path).toHaveAttribute('lang', LANG[locale]);
      await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(t.heading);
      await expect(page.getByRole('main').getByRole('link', { name: t.articles }), path).toBeVisible();
      await expect(page.getByRole('main').getByRole('link', { name: t.contact }), path).toBeVisible();
      await expect(page.locator('header a[href^="tel:"]').first(), path).toBeVisible();
      await expect(page.locator('footer').first().getByRole('link', { name: '988' }), path).toBeVisible();
      for (const robots of await page.locator('meta[name="robots"]').all())
        await expect(robots, path).toHaveAttribute('content', /noindex/);
    }
  });
}

/** Article pages whose cache entry a publish expires just before the backend stops: [language, path, slug]. */
const EXPIRED_ARTICLES = [
  ['en', '/articles/ketamine-for-crps-what-to-expect', 'ketamine-for-crps-what-to-expect'],
  ['es', '/es/articulos/ketamina-para-el-sdrc-que-esperar', 'ketamina-para-el-sdrc-que-esperar'],
] as const;
/** Pages that show articles, which the same publish expires: [language, path]. */
const EXPIRED_PAGES = [
  ['en', '/'],
  ['es', '/es/beneficios'],
] as const;

/** The process id of the browser tests' lake (the one listening on its port), from the system's socket table. */
function lakeProcessId(): number {
  const port = Number(process.env.E2E_LAKE_PORT ?? 3190);
  const listening = execFileSync('ss', ['-Hltnp', `sport = :${port}`], { encoding: 'utf8' });
  const pid = /pid=(\d+)/.exec(listening)?.[1];
  if (!pid) throw new Error(`no process listens on the lake's port ${port}:\n${listening}`);
  return Number(pid);
}

test.describe('with the content backend not answering', () => {
  test.describe.configure({ mode: 'serial' });
  let lake = 0;

  test.beforeAll(async ({ request, baseURL }) => {
    // Pages visited before the backend stops are in the cache, as on a running site.
    const expiring = [...EXPIRED_ARTICLES, ...EXPIRED_PAGES].map(([, path]) => path);
    for (const path of ['/es/contacto', '/es/no-existe', '/feed.xml', ...expiring]) {
      await request.get(path);
    }
    // A publish expires its article's cached page (the webhook); the next visit renders it again.
    for (const [, , slug] of EXPIRED_ARTICLES) {
      expect((await revalidate(baseURL!, { _type: 'article', slug })).status).toBe(200);
    }
    lake = lakeProcessId();
    process.kill(lake, 'SIGSTOP');
    // The site trusts its last answer about the backend for ten seconds.
    await new Promise((resolve) => setTimeout(resolve, 11_000));
  });

  test.afterAll(() => {
    if (lake) process.kill(lake, 'SIGCONT');
  });

  // A search cannot be answered without the backend; a page a publish expired would have to be rendered.
  const unavailableWhileDown = [
    ['en', '/search?q=pain'],
    ['es', '/es/buscar?q=dolor'],
    ...EXPIRED_ARTICLES.map(([locale, path]) => [locale, path] as const),
    ...EXPIRED_PAGES,
  ] as const;
  for (const [locale, path] of unavailableWhileDown) {
    test(`${path} answers 503 with Retry-After and the error view of its language in the site layout`, async ({
      page,
    }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(503);
      expect(Number(response?.headers()['retry-after'])).toBeGreaterThan(0);
      await expect(page.locator('html')).toHaveAttribute('lang', LANG[locale]);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(MESSAGES[locale].Error.heading);
      await expect(page.locator('header a[href^="tel:"]').first()).toBeVisible();
      await expect(page.locator('footer').first().getByRole('link', { name: '988' })).toBeVisible();
    });
  }

  test('a feed no longer cached answers 503 with Retry-After', async ({ request }) => {
    const response = await request.get('/feed.xml');
    expect(response.status()).toBe(503);
    expect(Number(response.headers()['retry-after'])).toBeGreaterThan(0);
  });

  test('cached pages are still served, and a missing page is still the 404 of its language', async ({
    page,
  }) => {
    expect((await page.goto('/es/contacto'))?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect((await page.goto('/es/no-existe'))?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(MESSAGES.es.NotFound.heading);
  });
});
