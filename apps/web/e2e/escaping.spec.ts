import { slugify } from '@clinic/content/rules';
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import Parser from 'rss-parser';
import { sitemapSchemaErrors } from '../src/test/standards/sitemap-schema.ts';
import { mutate, query, revalidate } from './support/lake-admin.ts';
import { htmlConformanceErrors } from './support/standards.ts';

// Every output a title and an excerpt reach (the article page's HTML and its JSON-LD, the list, the feed's XML,
// the sitemap, the URL made from the title, the search page) gets the escaping it needs: articles whose text is
// generated from markup, entities, quotes, control characters and non-Latin scripts are published, and each
// output must be valid by its own standard and show exactly the text the editor wrote.

const TEMPLATE_ID = 'article-ketamine-for-crps-what-to-expect';
const pieces = fc.constantFrom(
  '<b>bold</b>', '<script>alert(1)</script>', '</script>', '<!--', ']]>', '&amp;', '&lt;', '&#x3C;', '"', "'", '&', '<', '>',
  '\u0000', '\u0007', '\u001B', '\u0085', '\u2028', '\uFFFE', 'ketamina', 'кетамин', '氯胺酮', 'كيتامين', 'קטמין', 'केटामाइन', '👩🏽‍⚕️', '1/2',
);
const hostile = fc.array(pieces, { minLength: 2, maxLength: 7 }).map((parts) => parts.join(' '));

/** What a reader sees of a field: the contract drops characters no output may carry, then trims. */
const visible = (text: string) =>
  // eslint-disable-next-line no-control-regex -- the contract's own rule, restated as the expectation.
  text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF]|\p{Cs}|\p{Noncharacter_Code_Point}/gu, '').trim();
const collapsed = (text: string) => text.replace(/\s+/g, ' ').trim();

const samples = fc.sample(fc.tuple(hostile, hostile), { numRuns: 6, seed: Number(process.env.ESCAPING_SEED ?? 22) });
const articles = samples.map(([title, excerpt], index) => {
  const fullTitle = `Escaping ${index} ${title}`;
  return { id: `article-e2e-escaping-${index}`, title: fullTitle, excerpt: `Excerpt ${excerpt}`, slug: slugify(fullTitle) };
});

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ baseURL }) => {
  const template = await query<Record<string, unknown>>('*[_id == $id][0]', { id: TEMPLATE_ID });
  await mutate(
    articles.map((article) => ({
      createOrReplace: {
        ...template,
        _id: article.id,
        title: article.title,
        excerpt: article.excerpt,
        slug: { _type: 'slug', current: article.slug },
        featured: false,
        translations: [],
        seo: null,
        publishedAt: '2020-01-01T00:00:00Z',
      },
    })),
  );
  expect((await revalidate(baseURL!, { _type: 'article', slug: articles[0]!.slug })).status).toBe(200);
});

test.afterAll(async ({ baseURL }) => {
  await mutate(articles.map((article) => ({ delete: { id: article.id } })));
  await revalidate(baseURL!, { _type: 'article', slug: articles[0]!.slug });
});

test('an article page shows the title as written, in HTML that conforms and JSON-LD that parses to it', async ({ request }) => {
  const documents = new Map<string, string>();
  for (const article of articles) {
    const path = `/articles/${article.slug}`;
    expect(article.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    let response = await request.get(path);
    await expect.poll(async () => (response = await request.get(path)).status(), { timeout: 15_000 }).toBe(200);
    const html = await response.text();
    documents.set(path, html);
    const h1 = /<h1 id="article-title">([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
    const text = h1.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&');
    expect(collapsed(text), path).toBe(collapsed(visible(article.title)));
    const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((match) => JSON.parse(match[1]!));
    const headline = jsonLd.flatMap((data) => [data, ...(data['@graph'] ?? [])]).find((node) => node.headline)?.headline;
    expect(collapsed(headline ?? ''), `${path} JSON-LD headline`).toBe(collapsed(visible(article.title)));
    expect(html, path).not.toContain('<script>alert(1)');
  }
  expect(htmlConformanceErrors(documents)).toEqual([]);
});

test('the feed and the sitemap stay valid and carry the text as written, as plain text', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  expect(await sitemapSchemaErrors(xml)).toEqual([]);
  for (const article of articles) expect(xml).toContain(`/articles/${article.slug}</loc>`);
  const feed = await new Parser().parseString(await (await request.get('/feed.xml')).text());
  for (const article of articles) {
    const item = feed.items.find((candidate) => candidate.link?.endsWith(`/articles/${article.slug}`));
    expect(item, article.slug).toBeDefined();
    expect(collapsed(item!.title!)).toBe(collapsed(visible(article.title)));
    expect(item!.content ?? '').not.toMatch(/<[a-z!/?]/i);
  }
});
