import { previousSlugsAfterPublish } from '@clinic/content/rules';
import { expect, test } from '@playwright/test';
import { mutate, query, revalidate } from './support/lake-admin.ts';

// Links survive a slug change: an article published under a new slug (through the lake's mutate API, with the
// previous slugs the Studio's publish action keeps) and announced by the signed revalidation webhook answers its
// old address with a 308 to the new one, straight to the current address however many renames came before,
// and the sitemap lists only the current address. The old page was prerendered and cached before the change,
// so this also checks that the full-route cache lets go of it. Slugs are unique per language, so a Spanish
// article's old address leads to its Spanish page and never to an English one (nor the other way round).

const ARTICLE_ID = 'article-ketamine-and-esketamine-for-treatment-resistant-depression';
const SPANISH_ARTICLE_ID = 'article-es-ketamina-dolor-cronico';

test.describe.configure({ mode: 'serial' });

type Published = { title: string; slug: string };

const currentOf = (id: string) =>
  query<Published & { previousSlugs: string[] | null }>('*[_id == $id][0]{title, "slug": slug.current, previousSlugs}', { id });

/** Publishes the article `id` under `newSlug` as the Studio does, then sends the site the signed webhook. */
async function publishSlug(siteUrl: string, id: string, newSlug: string): Promise<void> {
  const current = await currentOf(id);
  const previousSlugs = previousSlugsAfterPublish({
    previousSlugs: current.previousSlugs,
    publishedSlug: current.slug,
    newSlug,
  });
  await mutate([{ patch: { id, set: { 'slug.current': newSlug, previousSlugs } } }]);
  const webhook = await revalidate(siteUrl, { _type: 'article', slug: newSlug });
  expect(webhook.status).toBe(200);
}

/** Puts the article back at its original slug and waits until the site serves it there again, so that later
 * specs (and the data cache a later build starts from) see the sample content. */
async function restore(siteUrl: string, id: string, original: Published, path: string): Promise<void> {
  await mutate([{ patch: { id, set: { 'slug.current': original.slug }, unset: ['previousSlugs'] } }]);
  await revalidate(siteUrl, { _type: 'article', slug: original.slug });
  await expect.poll(async () => (await fetch(`${siteUrl}${path}`, { redirect: 'manual' })).status, { timeout: 15_000 }).toBe(200);
}

// Status and Location. Next 16.4 repeats the same Location header when the request that regenerates a cached
// redirect is answered (vercel/next.js#82117); browsers follow it, so the distinct values are what is checked.
const redirectOf = async (siteUrl: string, path: string) => {
  const response = await fetch(`${siteUrl}${path}`, { redirect: 'manual' });
  const locations = new Set((response.headers.get('location') ?? '').split(', '));
  return `${response.status} ${[...locations].join(' | ')}`;
};

test.describe('an article whose slug changed', () => {
  let original: Published;
  const publish = (siteUrl: string, newSlug: string) => publishSlug(siteUrl, ARTICLE_ID, newSlug);

  test.beforeAll(async () => {
    original = await currentOf(ARTICLE_ID);
  });

  test.afterAll(async ({ baseURL }) => {
    await restore(baseURL!, ARTICLE_ID, original, `/articles/${original.slug}`);
  });

  test('the old address answers 308 to the new one, chains collapse to one hop, the sitemap has only the new', async ({
    page,
    baseURL,
  }) => {
    const site = baseURL!;
    const first = `${original.slug}-renamed`;
    const second = `${original.slug}-renamed-again`;

    // Served (and cached) under its original address first.
    const before = await fetch(`${site}/articles/${original.slug}`);
    expect(before.status).toBe(200);

    await publish(site, first);
    await expect.poll(() => redirectOf(site, `/articles/${original.slug}`), { timeout: 15_000 }).toBe(`308 /articles/${first}`);
    await page.goto(`/articles/${original.slug}`);
    expect(new URL(page.url()).pathname).toBe(`/articles/${first}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(original.title);

    await publish(site, second);
    // Both earlier addresses lead straight to the current one: no 308 to a 308.
    await expect.poll(() => redirectOf(site, `/articles/${first}`), { timeout: 15_000 }).toBe(`308 /articles/${second}`);
    expect(await redirectOf(site, `/articles/${original.slug}`)).toBe(`308 /articles/${second}`);
    expect((await fetch(`${site}/articles/${second}`)).status).toBe(200);

    // A campaign's query string survives, with a single Location header, from every earlier address.
    const campaign = '?utm_source=newsletter&utm_campaign=dose%201%2F2&q=%C3%B1&empty=';
    for (const old of [original.slug, first]) {
      const answer = await fetch(`${site}/articles/${old}${campaign}`, { redirect: 'manual' });
      // The same parameters in the same order (Next re-encodes a space as "+", which means the same in a query).
      const location = new URL(answer.headers.get('location') ?? '', site);
      expect([answer.status, location.pathname, [...location.searchParams]]).toEqual([
        308,
        `/articles/${second}`,
        [...new URLSearchParams(campaign)],
      ]);
      expect(answer.headers.get('location')).not.toContain(', ');
    }
    await page.goto(`/articles/${first}${campaign}`);
    expect([...new URL(page.url()).searchParams]).toEqual([...new URLSearchParams(campaign)]);
    // The current address with a query string is the page itself.
    expect((await fetch(`${site}/articles/${second}${campaign}`, { redirect: 'manual' })).status).toBe(200);

    const sitemap = await (await fetch(`${site}/sitemap.xml`)).text();
    expect(sitemap).toContain(`/articles/${second}</loc>`);
    expect(sitemap).not.toContain(`/articles/${first}</loc>`);
    expect(sitemap).not.toContain(`/articles/${original.slug}</loc>`);

    // An address no article ever had is still a 404, not a redirect; nor does the English old address lead to
    // the Spanish site.
    expect(await redirectOf(site, `/articles/${original.slug}-never-existed`)).toBe('404 ');
    expect(await redirectOf(site, `/es/articulos/${original.slug}`)).toBe('404 ');
  });
});

test.describe('a Spanish article whose slug changed', () => {
  let original: Published;

  test.beforeAll(async () => {
    original = await currentOf(SPANISH_ARTICLE_ID);
  });

  test.afterAll(async ({ baseURL }) => {
    await restore(baseURL!, SPANISH_ARTICLE_ID, original, `/es/articulos/${original.slug}`);
  });

  test('the old Spanish address answers 308 to the Spanish page, in one hop, and never to the English site', async ({
    page,
    baseURL,
  }) => {
    const site = baseURL!;
    const first = `${original.slug}-renombrado`;
    const second = `${original.slug}-renombrado-otra-vez`;
    expect((await fetch(`${site}/es/articulos/${original.slug}`)).status).toBe(200);

    await publishSlug(site, SPANISH_ARTICLE_ID, first);
    await expect
      .poll(() => redirectOf(site, `/es/articulos/${original.slug}`), { timeout: 15_000 })
      .toBe(`308 /es/articulos/${first}`);
    await page.goto(`/es/articulos/${original.slug}`);
    expect(new URL(page.url()).pathname).toBe(`/es/articulos/${first}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es-US');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(original.title);

    await publishSlug(site, SPANISH_ARTICLE_ID, second);
    await expect
      .poll(() => redirectOf(site, `/es/articulos/${first}`), { timeout: 15_000 })
      .toBe(`308 /es/articulos/${second}`);
    expect(await redirectOf(site, `/es/articulos/${original.slug}`)).toBe(`308 /es/articulos/${second}`);
    const campaign = await fetch(`${site}/es/articulos/${original.slug}?utm_source=boletin`, { redirect: 'manual' });
    const location = new URL(campaign.headers.get('location') ?? '', site);
    expect([campaign.status, `${location.pathname}${location.search}`]).toEqual([308, `/es/articulos/${second}?utm_source=boletin`]);

    // The Spanish old addresses are not English addresses: no redirect from /articles/…
    expect(await redirectOf(site, `/articles/${original.slug}`)).toBe('404 ');
    expect(await redirectOf(site, `/articles/${first}`)).toBe('404 ');
  });
});
