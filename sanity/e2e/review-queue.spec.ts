// A medical reviewer works through the "Due for medical review" list: clicking an article there opens its form on
// the Medical review group, with the reviewer's fields in view and the Content fields out of the way. The same
// article opened from anywhere else still opens on Content, so the queue is what makes the difference.
import { expect, test, type Page } from '@playwright/test';
import { reviewCutoffDate } from '../schemaTypes/shared/dates.ts';
import { DUE_FOR_REVIEW_FILTER } from '../structure/reviewQueue.ts';
import { currentRun } from './support/environment.ts';
import { publishedQuery } from './support/lake.ts';
import { FORM_LOAD_TIMEOUT_MS, openStudioAs } from './support/studio.ts';
import { StudioTraffic } from './support/studio-traffic.ts';

// Several Studio pages load here one after another on a shared machine; the default two minutes is for one.
test.setTimeout(300_000);

/**
 * The published article the queue lists first, picked with the list's own filter and ordering (earlier specs may
 * have approved some articles, which takes them off the queue).
 */
async function oldestDueArticle(): Promise<{ _id: string; title: string }> {
  const article = await publishedQuery<{ _id: string; title: string } | null>(
    `*[${DUE_FOR_REVIEW_FILTER}] | order(publishedAt asc)[0]{_id, title}`,
    { cutoff: reviewCutoffDate() },
  );
  if (!article)
    throw new Error('The sample dataset has no article due for medical review; the queue would be empty');
  return article;
}

/** The tab of a field group (Sanity marks the selected one with aria-selected). */
const groupTab = (page: Page, group: string) => page.getByTestId(`group-tab-${group}`);

test('an article opened from the review queue opens on the Medical review group', async ({ page }) => {
  const { studioOrigin, token } = currentRun();
  const traffic = await StudioTraffic.record(page, studioOrigin);
  const article = await oldestDueArticle();

  await openStudioAs(page, token, '/structure');
  await page.getByText('Due for medical review', { exact: true }).first().click();
  await expect(page).toHaveURL(/\/structure\/due-for-review$/);
  await page.getByText(article.title, { exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`/structure/due-for-review;${article._id}$`));

  // The reviewer's fields are shown; the Content group's are not rendered at all.
  await expect(page.getByText('Medical reviewer', { exact: true }).first()).toBeVisible({
    timeout: FORM_LOAD_TIMEOUT_MS,
  });
  await expect(page.getByText('References', { exact: true }).first()).toBeVisible();
  await expect(groupTab(page, 'review')).toHaveAttribute('aria-selected', 'true');
  await expect(groupTab(page, 'content')).toHaveAttribute('aria-selected', 'false');
  await expect(page.locator('input#title')).toHaveCount(0);

  // The same article from the article list: the form starts on Content as usual.
  await page.goto(`${studioOrigin}/structure/article;${article._id}`);
  await expect(page.locator('input#title')).toBeVisible({ timeout: FORM_LOAD_TIMEOUT_MS });
  await expect(groupTab(page, 'content')).toHaveAttribute('aria-selected', 'true');
  await expect(groupTab(page, 'review')).toHaveAttribute('aria-selected', 'false');

  await page.close();
  await traffic.settled();
  expect(traffic.unknownEndpoints(), 'endpoints the lake does not know').toEqual([]);
  expect([...traffic.unexpectedExternal], 'requests leaving the machine').toEqual([]);
});
