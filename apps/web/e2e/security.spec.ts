import { expect, test, type Page } from '@playwright/test';
import { E2E_STUDIO_ORIGIN, E2E_STUDIO_PORT, serveFramingPage, type FramingPage } from './support/framing.ts';
import { mutate, query } from './support/lake-admin.ts';
import { PAGE_TYPES } from './support/pages.ts';

// What every visitor gets: security headers on every response, a CSP the pages actually satisfy, no request to
// anyone but the site, no cookies, and no framing by another origin.

const OTHER_ENDPOINTS = ['/feed.xml', '/sitemap.xml', '/robots.txt', '/llms.txt'];
const ALL_PATHS = [...PAGE_TYPES.map((page) => page.path), ...OTHER_ENDPOINTS];

const REQUIRED_HEADERS = {
  'strict-transport-security': /max-age=\d{7,}/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^strict-origin-when-cross-origin$/,
  'permissions-policy': /camera=\(\).*microphone=\(\).*geolocation=\(\)/,
  'content-security-policy': /frame-ancestors 'self'/,
};

function directive(policy: string, name: string): string {
  return (policy.split(';').map((part) => part.trim()).find((part) => part.startsWith(`${name} `)) ?? '').slice(name.length + 1);
}

for (const path of ALL_PATHS) {
  test(`${path} carries every security header and no cookie`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    for (const [name, pattern] of Object.entries(REQUIRED_HEADERS)) {
      expect(headers[name], name).toMatch(pattern);
    }
    const policy = headers['content-security-policy']!;
    const scripts = directive(policy, 'script-src');
    expect(scripts).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
    expect(scripts).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(directive(policy, 'default-src')).toBe("'self'");
    expect(directive(policy, 'object-src')).toBe("'none'");
    expect(headers['set-cookie']).toBeUndefined();
  });
}

test('every response gets its own nonce', async ({ request }) => {
  const nonces = new Set<string>();
  for (let i = 0; i < 3; i++) {
    const policy = (await request.get('/')).headers()['content-security-policy']!;
    nonces.add(/'nonce-([^']+)'/.exec(policy)![1]!);
  }
  expect(nonces.size).toBe(3);
});

/** Records CSP violations (as the page reports them) and every request the page makes. */
async function watch(page: Page) {
  const violations: string[] = [];
  const requests: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const store = ((window as unknown as { __cspViolations?: string[] }).__cspViolations ??= []);
      store.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  page.on('request', (request) => requests.push(request.url()));
  return {
    violations: async () => [
      ...violations,
      ...(await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])),
    ],
    requests,
  };
}

for (const { name, path } of PAGE_TYPES) {
  test(`the ${name} page runs under its CSP without a violation and talks only to the site`, async ({ page, baseURL }) => {
    const watched = await watch(page);
    const cookies: string[] = [];
    page.on('response', async (response) => {
      const setCookie = await response.headerValue('set-cookie');
      if (setCookie) cookies.push(`${response.url()}: ${setCookie}`);
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    // The framework's scripts did run (they were allowed by the nonce): React hydrated the page.
    await expect.poll(() => page.evaluate(() => '__next_f' in self)).toBe(true);
    expect(await watched.violations()).toEqual([]);
    const origin = new URL(baseURL!).origin;
    const foreign = watched.requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url));
    expect(foreign).toEqual([]);
    expect(cookies).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
  });
}

test('an inline script injected into the HTML is blocked', async ({ page }) => {
  const watched = await watch(page);
  // Stands for stored XSS: the page arrives with an extra inline script that has no nonce.
  await page.route('**/contact', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('</main>', '<script>window.__injected = true</script></main>');
    await route.fulfill({ response, body: html });
  });
  await page.goto('/contact');
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  expect((await watched.violations()).join('\n')).toMatch(/script-src/);
});

test.describe('framing', () => {
  let stranger: FramingPage | undefined;
  let studio: FramingPage | undefined;
  test.afterEach(async () => {
    await stranger?.close();
    await studio?.close();
    stranger = studio = undefined;
  });

  test('another origin cannot frame the site', async ({ page, baseURL }) => {
    stranger = await serveFramingPage(`${baseURL}/contact`);
    await page.goto(stranger.url);
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
    await expect.poll(() => frame?.url()).toMatch(/^chrome-error:/);
    await expect(page.frameLocator('iframe').locator('main')).toHaveCount(0);
  });

  test('the Studio origin may frame the site (Presentation tool)', async ({ page, baseURL }) => {
    studio = await serveFramingPage(`${baseURL}/contact`, E2E_STUDIO_PORT);
    await page.goto(studio.url);
    await expect(page.frameLocator('iframe').getByRole('heading', { level: 1 })).toBeVisible();
  });
});

test.describe('draft preview', () => {
  const SECRET = `e2e-preview-secret-${Date.now()}`;
  const SECRET_ID = 'sanity-preview-url-secret.e2e';
  const ARTICLE_ID = 'article-ketamine-and-anxiety-early-research';
  const ARTICLE_PATH = '/articles/ketamine-and-anxiety-early-research';
  const DRAFT_TITLE = 'Unpublished wording an editor is still working on';

  test.beforeAll(async () => {
    const article = await query<Record<string, unknown>>('*[_id == $id][0]', { id: ARTICLE_ID });
    await mutate([
      // What the Presentation tool stores before it opens the preview: a short-lived secret in the dataset.
      { createOrReplace: { _id: SECRET_ID, _type: 'sanity.previewUrlSecret', secret: SECRET, studioUrl: E2E_STUDIO_ORIGIN, source: 'e2e' } },
      { createOrReplace: { ...article, _id: `drafts.${ARTICLE_ID}`, title: DRAFT_TITLE } },
    ]);
  });

  test.afterAll(async () => {
    await mutate([{ delete: { id: SECRET_ID } }, { delete: { id: `drafts.${ARTICLE_ID}` } }]);
  });

  test('a wrong secret is refused and sets no cookie', async ({ page }) => {
    const response = await page.goto(`/api/draft-mode/enable?sanity-preview-secret=not-the-secret&sanity-preview-pathname=${ARTICLE_PATH}`);
    expect(response?.status()).toBe(401);
    expect(await page.context().cookies()).toEqual([]);
    await page.goto(ARTICLE_PATH);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(DRAFT_TITLE);
  });

  test('a redirect to another site is refused, even with the right secret', async ({ request }) => {
    for (const target of ['//evil.example/', '/\\evil.example', 'https://evil.example/']) {
      const search = new URLSearchParams({ 'sanity-preview-secret': SECRET, 'sanity-preview-pathname': target });
      const response = await request.get(`/api/draft-mode/enable?${search}`, { maxRedirects: 0 });
      expect(response.status(), target).toBe(400);
      expect(response.headers()['location']).toBeUndefined();
    }
  });

  test('the right secret shows drafts on that page until preview is left; visitors never see them', async ({ page, browser }) => {
    const search = new URLSearchParams({ 'sanity-preview-secret': SECRET, 'sanity-preview-pathname': ARTICLE_PATH });
    await page.goto(`/api/draft-mode/enable?${search}`);
    expect(new URL(page.url()).pathname).toBe(ARTICLE_PATH);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(DRAFT_TITLE);

    const visitor = await browser.newPage();
    await visitor.goto(ARTICLE_PATH);
    await expect(visitor.getByRole('heading', { level: 1 })).not.toHaveText(DRAFT_TITLE);
    await visitor.close();

    await page.getByRole('link', { name: 'Leave preview' }).click();
    await page.goto(ARTICLE_PATH);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(DRAFT_TITLE);
  });
});
