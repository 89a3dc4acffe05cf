// A phone number typed the way people write it is stored in the form every call link needs: typing
// "(916) 555-0142" into the clinic's phone field saves +19165550142 in the draft, with nothing for the editor
// to fix. The Studio must not call an endpoint the lake does not know on the way.
import { expect, test } from '@playwright/test';
import { currentRun } from './support/environment.ts';
import { discardDraft, draftField } from './support/lake.ts';
import { StudioTraffic } from './support/studio-traffic.ts';

const CLINIC_ID = 'clinic-propel-sacramento';
const CLINIC_NAME = 'Propel Therapeutics';

let traffic: StudioTraffic;

test.beforeEach(async ({ page }) => {
  traffic = await StudioTraffic.record(page, currentRun().studioOrigin);
});

test.afterEach(async ({ page }) => {
  await page.close();
  await traffic.settled();
  await discardDraft(CLINIC_ID);
  expect(traffic.unknownEndpoints(), 'endpoints the lake does not know').toEqual([]);
  expect([...traffic.unexpectedExternal], 'requests leaving the machine').toEqual([]);
});

test('typing (916) 555-0142 into the phone field stores +19165550142', async ({ page }) => {
  const { studioOrigin, token } = currentRun();
  await page.goto(`${studioOrigin}/#token=${token}`);
  await page.getByText('Clinics', { exact: true }).first().click();
  await page.getByText(CLINIC_NAME, { exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`/structure/clinic;${CLINIC_ID}$`));

  const phone = page.locator('input#phone');
  await phone.fill('');
  await phone.pressSequentially('(916) 555-0142');
  await expect(phone).toHaveValue('+19165550142');
  await expect.poll(() => draftField(CLINIC_ID, 'phone'), { message: 'draft saved' }).toBe('+19165550142');
  await expect(page.getByTestId('action-publish')).toBeEnabled();
});
