import { previousSlugsAfterPublish } from '@clinic/content/rules';
import { expect, test } from '@playwright/test';
import { mutate, query, revalidate } from './support/lake-admin.ts';

// Links survive a slug change: an article published under a new slug (through the lake's mutate API, with the
// previous slugs the Studio's publish action keeps) and announced by the signed revalidation webhook answers its
// old address with a 308 to the new one, straight to the current address however many renames came before,
// and the sitemap lists only the current address. The old page was prerendered and cached before the change,
// so this also checks that the full-route cache lets go of it.

const ARTICLE_ID = 'article-ketamine-and-esketamine-for-treatment-resistant-depression';

test.describe.configure({ mode: 'serial' });

test.describe('an article whose slug changed', () => {
  let original: { title: string; slug: string };

  /** Publishes the article under `newSlug` as the Studio does, then sends the site the signed webhook. */
  async function publishSlug(siteUrl: string, newSlug: string): Promise<void> {
    const current = await query<{ slug: string; previousSlugs: string[] | null }>(
      '*[_id == $id][0]{"slug": slug.current, previousSlugs}',
      { id: ARTICLE_ID },
    );
    const previousSlugs = previousSlugsAfterPublish({
      previousSlugs: current.previousSlugs,
      publishedSlug: current.slug,
      newSlug,
    });
    await mutate([{ patch: { id: ARTICLE_ID, set: { 'slug.current': newSlug, previousSlugs } } }]);
    const webhook = await revalidate(siteUrl, { _type: 'article', slug: newSlug });
    expect(webhook.status).toBe(200);
  }

  // Status and Location. Next 16.4 repeats the same Location header when the request that regenerates a cached
  // redirect is answered (vercel/next.js#82117); browsers follow it, so the distinct values are what is checked.
  const redirectOf = async (siteUrl: string, path: string) => {
    const response = await fetch(`${siteUrl}${path}`, { redirect: 'manual' });
    const locations = new Set((response.headers.get('location') ?? '').split(', '));
    return `${response.status} ${[...locations].join(' | ')}`;
  };

  test.beforeAll(async () => {
    original = await query('*[_id == $id][0]{title, "slug": slug.current}', { id: ARTICLE_ID });
  });

  test.afterAll(async ({ baseURL }) => {
    // Put the article back and wait until the site serves it again, so that later specs (and the data cache a
    // later build starts from) see the sample content.
    await mutate([{ patch: { id: ARTICLE_ID, set: { 'slug.current': original.slug }, unset: ['previousSlugs'] } }]);
    await revalidate(baseURL!, { _type: 'article', slug: original.slug });
    await expect
      .poll(async () => (await fetch(`${baseURL}/articles/${original.slug}`, { redirect: 'manual' })).status, { timeout: 15_000 })
      .toBe(200);
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

    await publishSlug(site, first);
    await expect.poll(() => redirectOf(site, `/articles/${original.slug}`), { timeout: 15_000 }).toBe(`308 /articles/${first}`);
    await page.goto(`/articles/${original.slug}`);
    expect(new URL(page.url()).pathname).toBe(`/articles/${first}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(original.title);

    await publishSlug(site, second);
    // Both earlier addresses lead straight to the current one: no 308 to a 308.
    await expect.poll(() => redirectOf(site, `/articles/${first}`), { timeout: 15_000 }).toBe(`308 /articles/${second}`);
    expect(await redirectOf(site, `/articles/${original.slug}`)).toBe(`308 /articles/${second}`);
    expect((await fetch(`${site}/articles/${second}`)).status).toBe(200);

    const sitemap = await (await fetch(`${site}/sitemap.xml`)).text();
    expect(sitemap).toContain(`/articles/${second}</loc>`);
    expect(sitemap).not.toContain(`/articles/${first}</loc>`);
    expect(sitemap).not.toContain(`/articles/${original.slug}</loc>`);

    // An address no article ever had is still a 404, not a redirect.
    expect(await redirectOf(site, `/articles/${original.slug}-never-existed`)).toBe('404 ');
  });
});
