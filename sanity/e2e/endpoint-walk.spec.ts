// Every endpoint the Studio calls is one the lake answers: a walk through every tool, every desk list, a document
// of every type, the history, incoming references, the delete dialog (which asks what refers to the document) and
// a Vision query. Fails on any answer from the lake that means "endpoint unknown" (its logged 404) or "not
// offered" (501), and on failed requests to the lake.
import { expect, test } from '@playwright/test';
import { currentRun } from './support/environment.ts';
import { FORM_LOAD_TIMEOUT_MS, openStudioAs } from './support/studio.ts';
import { StudioTraffic } from './support/studio-traffic.ts';

/** One document of each type, and the element id of the field every form of that type shows first. */
const DOCUMENTS = [
  { type: 'siteSettings', id: 'siteSettings', field: '#siteName' },
  { type: 'clinic', id: 'clinic-propel-sacramento', field: '#name' },
  { type: 'article', id: 'article-ketamine-compared-with-ect', field: '#title' },
  { type: 'benefit', id: 'benefit-monitored-care', field: '#statement' },
  { type: 'person', id: 'person-sample-reviewer', field: '#name' },
];
const DESK_LISTS = [
  'Site settings',
  'Clinics',
  'All articles',
  'Articles by topic',
  'Due for medical review',
  'Benefits',
  'People',
  'Site check',
];

// Several Studio pages load here one after another on a shared machine; the default two minutes is for one.
test.setTimeout(300_000);

test('every tool, list, document type and dialog gets answers the lake knows', async ({ page }) => {
  const { studioOrigin, token } = currentRun();
  const traffic = await StudioTraffic.record(page, studioOrigin);
  await openStudioAs(page, token, '/structure');

  for (const list of DESK_LISTS) {
    await page
      .getByRole('link', { name: list })
      .or(page.getByText(list, { exact: true }))
      .first()
      .click();
    await expect(page).not.toHaveURL(/\/structure$/);
  }

  for (const { type, id, field } of DOCUMENTS) {
    await page.goto(`${studioOrigin}/structure/${type};${id}`);
    await expect(page.locator(field), `the ${type} form`).toBeVisible({ timeout: FORM_LOAD_TIMEOUT_MS });
  }

  // The article's history, its incoming references and the delete dialog (cancelled).
  await page.goto(`${studioOrigin}/structure/article;article-ketamine-compared-with-ect`);
  await expect(page.locator('input#title')).toBeVisible({ timeout: FORM_LOAD_TIMEOUT_MS });
  await page.getByTestId('pane-context-menu-button').last().click();
  await page.getByTestId('action-history').click();
  await expect(page.getByText('History', { exact: true }).first()).toBeVisible();
  await page.getByTestId('pane-context-menu-button').last().click();
  await page.getByTestId('action-incomingreferences').click();
  await page.getByTestId('action-menu-button').click();
  await page.getByTestId('action-Delete').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('button', { name: /cancel/i })).toBeVisible();
  await expect
    .poll(() => traffic.lakeCalls.some((call) => call.endpoint.startsWith('GET /data/references/')), {
      message: 'the delete dialog asked what refers to the article',
    })
    .toBe(true);
  await dialog.getByRole('button', { name: /cancel/i }).click();

  // Vision: the datasets list and a query.
  await page.goto(`${studioOrigin}/vision`);
  const fetchButton = page.getByRole('button', { name: 'Fetch', exact: true });
  await expect(fetchButton).toBeVisible({ timeout: FORM_LOAD_TIMEOUT_MS });
  await page.locator('.cm-content').first().click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('*[_type == "clinic"]{name}');
  await fetchButton.click();
  await expect(page.getByText('Propel Therapeutics').last()).toBeVisible();

  // Presentation, the remaining tool.
  await page.getByRole('link', { name: 'Presentation' }).first().click();
  await expect(page.frameLocator('iframe').locator('body')).toBeVisible();

  await page.close();
  await traffic.settled();
  console.log(`Studio → lake:\n  ${traffic.endpointSummary().join('\n  ')}`);
  expect(traffic.unknownEndpoints(), 'endpoints the lake does not know').toEqual([]);
  expect(
    traffic.lakeCalls.filter((call) => call.status === 501).map((call) => call.endpoint),
    'endpoints the lake says it does not offer',
  ).toEqual([]);
  expect(traffic.failedLakeRequests, 'requests to the lake that failed').toEqual([]);
});
