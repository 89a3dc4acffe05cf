// A clinic's move, prepared as one content release and published on a date: marketing changes the clinic's street
// address and the Spanish call-to-action text inside the release, schedules it from the release's page in the
// Studio, previews the site as the release will make it in the Presentation tool, and sees the visitor site change
// at the scheduled minute, published by the lake itself (https://www.sanity.io/docs/content-lake/content-release-document-flow).
import { expect, test, type Page } from '@playwright/test';
import { currentRun } from './support/environment.ts';
import { discardDraft, publishedField, publishedQuery, setPublishedFields } from './support/lake.ts';
import { FORM_LOAD_TIMEOUT_MS, openStudioAs } from './support/studio.ts';
import { StudioTraffic } from './support/studio-traffic.ts';

const CLINIC_ID = 'clinic-propel-sacramento';
const RELEASE = 'rClinicMove';
const NEW_STREET = '2200 Expo Parkway Suite 300';
const NEW_SPANISH_TEXT = 'Desde el lunes nos encontrará en nuestra nueva dirección.';
/** The clinic's zone (apps/web/src/env/time-zone.ts): the release is scheduled in it, as staff there would. */
const CLINIC_TIME_ZONE = 'America/Los_Angeles';

test.use({ timezoneId: CLINIC_TIME_ZONE });
// Studio pages, a preview and a wait for the scheduled minute, on a shared two-core machine.
test.setTimeout(420_000);

async function lakeAction(actions: object[]): Promise<void> {
  const { lakeUrl, token } = currentRun();
  const response = await fetch(`${lakeUrl}/v2025-02-19/data/actions/production`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ actions }),
  });
  if (!response.ok) throw new Error(`lake action failed: ${response.status} ${await response.text()}`);
}

async function releaseDocument(): Promise<Record<string, unknown> | null> {
  const { lakeUrl, token } = currentRun();
  const response = await fetch(`${lakeUrl}/v2025-02-19/data/doc/production/_.releases.${RELEASE}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return ((await response.json()) as { documents: Record<string, unknown>[] }).documents[0] ?? null;
}

async function versionField(id: string, path: string): Promise<unknown> {
  const { lakeUrl, token } = currentRun();
  const response = await fetch(`${lakeUrl}/v2025-02-19/data/doc/production/versions.${RELEASE}.${id}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const [doc] = ((await response.json()) as { documents: Record<string, unknown>[] }).documents;
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], doc);
}

/** Types into a field of a document opened in the release's perspective, as an editor would. */
async function editInRelease(page: Page, intent: string, selector: string, text: string): Promise<void> {
  await page.goto(`${currentRun().studioOrigin}/intent/edit/${intent}?perspective=${RELEASE}`);
  // A document outside the release is read-only in its perspective until it is added to the release.
  const add = page.getByRole('button', { name: 'Add to release' });
  await expect(add).toBeVisible({ timeout: FORM_LOAD_TIMEOUT_MS });
  await add.click();
  const field = page.locator(selector);
  await expect(field).toBeEditable({ timeout: FORM_LOAD_TIMEOUT_MS });
  await field.fill(text);
}

test('marketing schedules a clinic move with its Spanish text, previews the release, and the site changes on time', async ({
  page,
}) => {
  const { siteUrl, studioOrigin, token } = currentRun();
  // Earlier tests may leave drafts of these documents (one with a phone number the Studio refuses); a version
  // added to a release starts from the draft, so the release starts from the published documents instead.
  await discardDraft(CLINIC_ID);
  await discardDraft('siteSettings-es');
  const traffic = await StudioTraffic.record(page, studioOrigin);
  const oldStreet = ((await publishedField(CLINIC_ID, 'address')) as { streetAddress: string }).streetAddress;
  const oldSpanishText = await publishedField('siteSettings-es', 'ctaText');
  await lakeAction([
    {
      actionType: 'sanity.action.release.create',
      releaseId: RELEASE,
      metadata: { title: 'Clinic move', releaseType: 'scheduled' },
    },
  ]);

  await openStudioAs(page, token);
  await editInRelease(page, `id=${CLINIC_ID};type=clinic`, 'input[id="address.streetAddress"]', NEW_STREET);
  await expect
    .poll(() => versionField(CLINIC_ID, 'address.streetAddress'), { timeout: 30_000 })
    .toBe(NEW_STREET);
  await editInRelease(page, 'id=siteSettings-es;type=siteSettings', 'textarea#ctaText', NEW_SPANISH_TEXT);
  await expect
    .poll(() => versionField('siteSettings-es', 'ctaText'), { timeout: 30_000 })
    .toBe(NEW_SPANISH_TEXT);
  // Nothing has changed for visitors yet.
  expect(((await publishedField(CLINIC_ID, 'address')) as { streetAddress: string }).streetAddress).toBe(
    oldStreet,
  );

  // Schedule from the release's page, for the minute after next in the clinic's zone.
  const publishAt = new Date(Date.now() + 120_000);
  publishAt.setSeconds(0, 0);
  await page.goto(`${studioOrigin}/releases/${RELEASE}`);
  await expect(page.getByTestId('schedule-button')).toBeEnabled({ timeout: FORM_LOAD_TIMEOUT_MS });
  await page.getByTestId('schedule-button').click();
  await expect(page.getByTestId('confirm-schedule-dialog')).toBeVisible();
  await page.getByTestId('select-date-button').click();
  const time = page.getByRole('textbox', { name: 'Select time' });
  await time.click();
  await time.fill(
    publishAt.toLocaleTimeString('en-US', {
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
      timeZone: CLINIC_TIME_ZONE,
    }),
  );
  await page.getByTestId('select-date-button').click();
  await page.getByTestId('confirm-button').click();
  await expect.poll(async () => (await releaseDocument())?.state, { timeout: 30_000 }).toBe('scheduled');
  expect(Date.parse(String((await releaseDocument())?.publishAt))).toBe(publishAt.getTime());

  // The preview shows the site as the release will make it, in both languages.
  for (const [path, text] of [
    ['/contact', NEW_STREET],
    ['/es', NEW_SPANISH_TEXT],
  ] as const) {
    await page.goto(
      `${studioOrigin}/presentation?preview=${encodeURIComponent(path)}&perspective=${RELEASE}`,
    );
    await expect(page.frameLocator('iframe').locator('main')).toContainText(text, {
      timeout: FORM_LOAD_TIMEOUT_MS,
    });
  }

  // At the scheduled minute the lake publishes the release and the site shows it.
  const published = async () => {
    const [contact, spanish] = await Promise.all([
      fetch(`${siteUrl}/contact`).then((response) => response.text()),
      fetch(`${siteUrl}/es`).then((response) => response.text()),
    ]);
    return contact.includes(NEW_STREET) && spanish.includes(NEW_SPANISH_TEXT);
  };
  expect(await published()).toBe(false);
  await expect.poll(published, { timeout: 240_000, intervals: [2000] }).toBe(true);
  const shownAt = Date.now();
  console.log(
    `the site showed the release ${((shownAt - publishAt.getTime()) / 1000).toFixed(1)} s after its time`,
  );
  expect(shownAt).toBeGreaterThanOrEqual(publishAt.getTime());
  expect(await releaseDocument()).toMatchObject({ state: 'published' });
  expect(await publishedQuery('*[_id == $id][0].ctaText', { id: 'siteSettings-es' })).toBe(NEW_SPANISH_TEXT);

  await traffic.settled();
  expect(traffic.unknownEndpoints(), 'endpoints the lake does not know').toEqual([]);
  // Later tests meet the sample clinic as it was.
  await setPublishedFields(CLINIC_ID, { 'address.streetAddress': oldStreet });
  await setPublishedFields('siteSettings-es', { ctaText: oldSpanishText });
});
