import { expect, test } from '@playwright/test';
import { configureRevalidationWebhook, mutate, query } from './support/lake-admin.ts';

// An article published with a nested bullet list and a link to another article, as an editor writes them in the
// Studio: every item that has its own text shows its bullet (an item holding a deeper list too), a level the
// editor skipped draws none, the link goes to the other article's current address, and the new article is the
// first of the home page's "Latest articles" at once, though three others are featured.

const ARTICLE_ID = 'article-e2e-nested-list';
const SLUG = 'e2e-nested-list-and-article-link';
const TITLE = 'Test article with a nested list and a link to another article';
const SOURCE_ID = 'article-ketamine-for-crps-what-to-expect';
const TARGET_ID = 'article-ketamine-for-chronic-pain-what-the-evidence-says';

const item = (key: string, text: string, level: number) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  listItem: 'bullet',
  level,
  markDefs: [],
  children: [{ _type: 'span', _key: `${key}-s`, text, marks: [] }],
});

test.describe.configure({ mode: 'serial' });

test.describe('a published article with a nested list and an internal link', () => {
  let targetSlug: string;

  test.beforeAll(async ({ baseURL }) => {
    const source = await query<Record<string, unknown>>('*[_id == $id][0]', { id: SOURCE_ID });
    targetSlug = (await query<{ slug: string }>('*[_id == $id][0]{"slug": slug.current}', { id: TARGET_ID }))
      .slug;
    configureRevalidationWebhook(baseURL!);
    const { _rev, _createdAt, _updatedAt, ...fields } = source;
    await mutate([
      {
        createOrReplace: {
          ...fields,
          _id: ARTICLE_ID,
          title: TITLE,
          slug: { _type: 'slug', current: SLUG },
          featured: false,
          publishedAt: new Date().toISOString(),
          body: [
            item('parent', 'Parent item with its own text', 1),
            item('child', 'Child item one level down', 2),
            item('sibling', 'Second top-level item', 1),
            item('deep', 'Item the editor put two levels down', 3),
            {
              _type: 'block',
              _key: 'link-paragraph',
              style: 'normal',
              markDefs: [
                {
                  _key: 'to-article',
                  _type: 'internalLink',
                  reference: { _type: 'reference', _ref: TARGET_ID },
                },
              ],
              children: [
                { _type: 'span', _key: 'l1', text: 'See ', marks: [] },
                { _type: 'span', _key: 'l2', text: 'the chronic pain article', marks: ['to-article'] },
                { _type: 'span', _key: 'l3', text: ' for more.', marks: [] },
              ],
            },
          ],
        },
      },
    ]);
  });

  test.afterAll(async () => {
    await mutate([{ delete: { id: ARTICLE_ID } }]);
  });

  test('every written list item shows its bullet; only the skipped level draws none', async ({ page }) => {
    await expect(async () => {
      const response = await page.goto(`/articles/${SLUG}`);
      expect(response?.status()).toBe(200);
    }).toPass({ timeout: 20_000 });
    // Each list item of the body: its own text (not its nested list's) and the marker the browser draws for it.
    const items = await page.locator('.prose li').evaluateAll((elements) =>
      elements.map((li) => ({
        text: [...li.childNodes]
          .filter((node) => node.nodeType === Node.TEXT_NODE)
          .map((node) => node.textContent)
          .join('')
          .trim(),
        marker: getComputedStyle(li).listStyleType,
      })),
    );
    const written = items.filter((item) => item.text !== '');
    expect(written.map((item) => item.text)).toEqual([
      'Parent item with its own text',
      'Child item one level down',
      'Second top-level item',
      'Item the editor put two levels down',
    ]);
    for (const item of written)
      expect(item, 'a written item keeps its bullet').not.toMatchObject({ marker: 'none' });
    // The level-2 item the nesting adds for the level-3 item has no text of its own and no bullet.
    expect(items.filter((item) => item.text === '')).toEqual([{ text: '', marker: 'none' }]);
  });

  test('links to the other article at its current address', async ({ page }) => {
    await page.goto(`/articles/${SLUG}`);
    await expect(page.getByRole('link', { name: 'the chronic pain article' })).toHaveAttribute(
      'href',
      `/articles/${targetSlug}`,
    );
  });

  test('is among the latest articles on the home page at once, though three others are featured', async ({
    page,
  }) => {
    await expect(async () => {
      await page.goto('/');
      const latest = page.locator('section[aria-labelledby="articles-heading"]');
      await expect(latest.getByRole('heading', { name: 'Latest articles' })).toBeVisible();
      await expect(latest.locator('a[href^="/articles/"]').filter({ hasText: TITLE })).toHaveCount(1, {
        timeout: 1000,
      });
    }).toPass({ timeout: 20_000 });
  });
});
