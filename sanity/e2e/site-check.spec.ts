// The Site check view in the Studio the local lake serves: empty while the site shows every published document
// whole; with one published article whose slug the site cannot route to, it lists that article, the field and
// the fix in the Studio's words, and links to the document.
import { expect, test, type Page } from '@playwright/test';
import { SLUG_MESSAGE } from '@clinic/content/rules';
import { currentRun } from './support/environment.ts';
import { publishedField, setPublishedFields } from './support/lake.ts';

const ARTICLE_ID = 'article-ketamine-for-crps-what-to-expect';

async function openSiteCheck(page: Page): Promise<void> {
  const { studioOrigin, token } = currentRun();
  await page.goto(`${studioOrigin}/#token=${token}`);
  await page.getByText('Site check', { exact: true }).first().click();
  await expect(page).toHaveURL(/\/structure\/site-check$/);
}

test('the Site check lists the one published article the site cannot show, and is empty when all is well', async ({
  page,
}) => {
  const slug = (await publishedField(ARTICLE_ID, 'slug')) as { current: string };
  const title = String(await publishedField(ARTICLE_ID, 'title'));

  await openSiteCheck(page);
  await expect(page.getByText('All is well: the site shows every published document whole.')).toBeVisible();

  await setPublishedFields(ARTICLE_ID, { slug: { _type: 'slug', current: 'Ketamine-FAQ' } });
  try {
    await page.getByRole('button', { name: 'Check again' }).click();
    const list = page.getByRole('list', { name: 'Documents the site does not show whole' });
    const row = list.getByRole('listitem').filter({ hasText: title });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('Not on the site · URL slug');
    await expect(row).toContainText(SLUG_MESSAGE);
    await expect(row.getByRole('link', { name: title })).toBeVisible();
    await expect(page.getByText('All is well', { exact: false })).toHaveCount(0);
  } finally {
    await setPublishedFields(ARTICLE_ID, { slug });
  }
});
