import { expect, test } from '@playwright/test';
import Parser from 'rss-parser';
import { sitemapSchemaErrors } from '../src/test/standards/sitemap-schema.ts';
import { query } from './support/lake-admin.ts';
import { htmlConformanceErrors, sitemapUrls, type SitemapUrl } from './support/standards.ts';

// Every page, feed and sitemap the sample produces, checked by its standard's own validator: the sitemap by
// libxml2 against the sitemaps.org XSD, the feeds by a feed parser as readers use them, every page's HTML by the
// Nu HTML Checker; hreflang reciprocity across the sitemap; lastmod from the content's own date; the RSS
// autodiscovery link on every page. Each test says how many it checked.

const FEEDS = [
  { path: '/feed.xml', pagePrefix: '/articles/', language: 'en-us' },
  { path: '/es/feed.xml', pagePrefix: '/es/articulos/', language: 'es-us' },
];
const NOT_FOUND_PAGES = [
  '/this-page-does-not-exist',
  '/articles/no-such-article',
  '/es/no-existe',
  '/es/articulos/no-existe',
];

let sitemap: SitemapUrl[] = [];
const pathOf = (url: string) => new URL(url).pathname;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ request }) => {
  sitemap = sitemapUrls(await (await request.get('/sitemap.xml')).text());
});

test('the sitemap is valid against the sitemaps.org XSD', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  expect(await sitemapSchemaErrors(xml)).toEqual([]);
  console.log(
    `sitemap: 1 sitemap, ${sitemap.length} URLs valid against the sitemaps.org 0.9 XSD (xmllint-wasm)`,
  );
  expect(sitemap.length).toBeGreaterThan(10);
});

test('hreflang alternates are reciprocal across the sitemap, and each names itself and x-default', () => {
  const byLoc = new Map(sitemap.map((entry) => [entry.loc, entry]));
  let checked = 0;
  for (const entry of sitemap) {
    const alternates = Object.entries(entry.alternates);
    if (alternates.length === 0) continue;
    checked++;
    expect(Object.values(entry.alternates), `${entry.loc} names itself`).toContain(entry.loc);
    expect(entry.alternates['x-default'], `${entry.loc} has x-default`).toBeDefined();
    for (const [, href] of alternates) {
      const other = byLoc.get(href);
      expect(other, `${entry.loc} → ${href} is in the sitemap`).toBeDefined();
      expect(other!.alternates, `${href} lists the same alternates as ${entry.loc}`).toEqual(
        entry.alternates,
      );
    }
  }
  console.log(`hreflang: ${checked} sitemap entries with alternates, all reciprocal`);
  expect(checked).toBeGreaterThan(4);
});

test("each article's lastmod is when its content last changed, the date its page gives as dateModified", async ({
  request,
}) => {
  const articles = await query<{ slug: string; language: string; publishedAt: string; signOffs: string[] }[]>(
    `*[_type == "article" && defined(slug.current)]{
      "slug": slug.current, "language": coalesce(language, "en"), publishedAt,
      "signOffs": *[_type == "medicalApproval" && document._ref == ^._id && dateTime(_createdAt) <= dateTime(^._updatedAt)].at
    }`,
  );
  let checked = 0;
  for (const entry of sitemap) {
    const match = /^\/(?:es\/articulos|articles)\/([^/]+)$/.exec(pathOf(entry.loc));
    if (!match) continue;
    const language = pathOf(entry.loc).startsWith('/es/') ? 'es' : 'en';
    const article = articles.find(
      (candidate) => candidate.slug === match[1] && candidate.language === language,
    );
    expect(article, entry.loc).toBeDefined();
    // The newest sign-off stored before the published revision, or the publication date: never a bare re-save.
    const candidates = [article!.publishedAt, ...article!.signOffs];
    expect(candidates, entry.loc).toContain(entry.lastmod);
    expect(Math.max(...candidates.map((date) => Date.parse(date))), entry.loc).toBe(
      Date.parse(entry.lastmod!),
    );
    // The page says the same.
    const html = await (await request.get(pathOf(entry.loc))).text();
    const modified = [...html.matchAll(/"dateModified":"([^"]+)"/g)].map((found) => found[1]);
    expect(new Set(modified), entry.loc).toEqual(new Set([entry.lastmod]));
    checked++;
  }
  console.log(
    `lastmod: ${checked} article URLs carry the date their content last changed, as their JSON-LD does`,
  );
  expect(checked).toBeGreaterThan(4);
});

test('the feeds parse as readers parse them: every item a sitemap page, descriptions plain text', async ({
  request,
}) => {
  const parser = new Parser();
  const locs = new Set(sitemap.map((entry) => pathOf(entry.loc)));
  let items = 0;
  for (const feed of FEEDS) {
    const response = await request.get(feed.path);
    expect(response.headers()['content-type']).toContain('application/rss+xml');
    const parsed = await parser.parseString(await response.text());
    expect(parsed.title, feed.path).toBeTruthy();
    expect(parsed.items.length, feed.path).toBeGreaterThan(0);
    expect((parsed as unknown as { language?: string }).language ?? feed.language).toBe(feed.language);
    for (const item of parsed.items) {
      const path = pathOf(item.link!);
      expect(path.startsWith(feed.pagePrefix), item.link).toBe(true);
      expect(locs.has(path), `${item.link} is in the sitemap`).toBe(true);
      expect(item.title, item.link).toBeTruthy();
      // A reader renders the description as HTML: it must hold no element, only the excerpt's text.
      expect(item.content ?? '', item.link).not.toMatch(/<[a-z!/?]/i);
      items++;
    }
  }
  console.log(`feeds: ${FEEDS.length} feeds, ${items} items parsed by rss-parser`);
});

test('every page of the sitemap, and the 404 pages, conform to HTML (Nu HTML Checker)', async ({
  request,
}) => {
  test.setTimeout(180_000);
  const documents = new Map<string, string>();
  for (const entry of sitemap) {
    const response = await request.get(pathOf(entry.loc));
    expect(response.status(), entry.loc).toBe(200);
    documents.set(pathOf(entry.loc), await response.text());
  }
  for (const path of NOT_FOUND_PAGES) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    documents.set(path, await response.text());
  }
  const errors = htmlConformanceErrors(documents);
  console.log(`HTML: ${documents.size} pages checked by the Nu HTML Checker, ${errors.length} errors`);
  expect(errors).toEqual([]);
});

test('every page of the sitemap links its language feed for autodiscovery, and its alternates match the sitemap', async ({
  request,
}) => {
  for (const entry of sitemap) {
    const path = pathOf(entry.loc);
    const html = await (await request.get(path)).text();
    const feed = path === '/es' || path.startsWith('/es/') ? '/es/feed.xml' : '/feed.xml';
    expect(html, path).toContain(
      `<link rel="alternate" type="application/rss+xml" href="${new URL(feed, entry.loc).href}"/>`,
    );
    const hreflang = Object.fromEntries(
      [...html.matchAll(/<link rel="alternate" hrefLang="([^"]+)" href="([^"]+)"\/>/g)].map((match) => [
        match[1]!,
        new URL(match[2]!).href,
      ]),
    );
    const listed = Object.fromEntries(
      Object.entries(entry.alternates).map(([language, href]) => [language, new URL(href).href]),
    );
    expect(hreflang, path).toEqual(listed);
  }
  console.log(`autodiscovery: ${sitemap.length} pages link their feed`);
});
