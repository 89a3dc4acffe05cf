// Presence between two people on their own computers: the editor and the medical reviewer (a second login in the
// lake's users.json) open the same clinic; each sees the other by name in "Who is here" and on the field they
// are in, and the reviewer's avatar leaves when they close the Studio.
import { expect, test } from '@playwright/test';
import { currentRun } from './support/environment.ts';
import { FORM_LOAD_TIMEOUT_MS, newPerson, openStudioAs } from './support/studio.ts';

const CLINIC_PATH = '/structure/clinic;clinic-propel-sacramento';
const REVIEWER = 'Medical reviewer';

// Several Studio pages load here one after another on a shared machine; the default two minutes is for one.
test.setTimeout(300_000);

test('two people in one document see each other, and on which field', async ({ browser }) => {
  const { token, reviewerToken } = currentRun();
  const editorContext = await newPerson(browser);
  const reviewerContext = await newPerson(browser);
  try {
    const editor = await editorContext.newPage();
    const reviewer = await reviewerContext.newPage();
    await openStudioAs(editor, token, CLINIC_PATH);
    await openStudioAs(reviewer, reviewerToken, CLINIC_PATH);
    await expect(editor.locator('input#phone')).toBeVisible({ timeout: FORM_LOAD_TIMEOUT_MS });
    await reviewer.locator('input#phone').click({ timeout: FORM_LOAD_TIMEOUT_MS });

    // On the editor's screen: the reviewer's avatar, by name, beside the form and the document in the list.
    const reviewerAvatar = editor.locator(`[data-ui="Avatar"][title="${REVIEWER}"]`);
    await expect(reviewerAvatar.first()).toBeVisible();
    // "Who is here" names the reviewer; the reviewer's own Studio names the editor.
    await editor.getByRole('button', { name: 'Global presence' }).click();
    await expect(editor.getByRole('menu').getByText(REVIEWER)).toBeVisible();
    await reviewer.getByRole('button', { name: 'Global presence' }).click();
    await expect(reviewer.getByRole('menu').getByText('Editor', { exact: true })).toBeVisible();

    // The reviewer closes the Studio: their avatar leaves the editor's form.
    await reviewerContext.close();
    await expect(reviewerAvatar).toHaveCount(0);
  } finally {
    await editorContext.close();
    await reviewerContext.close().catch(() => {});
  }
});
