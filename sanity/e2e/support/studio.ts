// Opening the Studio the lake serves as a given person: the `#token=` link `npm run dev` prints logs them in.
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { currentRun } from './environment.ts';
import { publishedField } from './lake.ts';

/** Logs `page` in with `token`, then opens `path` of the Studio (e.g. `/structure/article;<id>`). */
export async function openStudioAs(page: Page, token: string, path = '/'): Promise<void> {
  const { studioOrigin } = currentRun();
  await page.goto(`${studioOrigin}/#token=${token}`);
  // The Studio takes the token from the address, keeps it and then drops it from the address; leaving before that
  // would open the next page signed out.
  await page.waitForFunction(() => !window.location.hash.includes('token='), undefined, {
    timeout: FORM_LOAD_TIMEOUT_MS,
  });
  if (path !== '/') await page.goto(`${studioOrigin}${path}`);
}

/** How long a document form may take to appear: the Studio loads schema, document and history first, which on a
 * busy two-core test machine takes far longer than the assertions' default. */
export const FORM_LOAD_TIMEOUT_MS = 90_000;

/** A second browser profile (its own cookies and storage), as another person's computer would be. */
export function newPerson(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1440, height: 900 } });
}

/**
 * Unpublishes `id` from its form as an editor does: its published version → Unpublish → "Unpublish now" (or
 * "Unpublish anyway") in the dialog that lists what refers to it. Resolves once the lake no longer has the published document.
 */
export async function unpublishInStudio(page: Page, id: string): Promise<void> {
  const { studioOrigin } = currentRun();
  // Unpublish is offered on the published version (the document's "Published" chip), not in the Drafts view.
  await page.goto(`${studioOrigin}/structure/article;${id}?perspective=published`);
  await expect(page.locator('input#title')).toBeVisible({ timeout: FORM_LOAD_TIMEOUT_MS });
  // There Unpublish is the footer's main action.
  await page.getByTestId('pane-footer').getByRole('button', { name: 'Unpublish', exact: true }).click();
  const dialog = page.getByRole('dialog');
  // "Unpublish now", or "Unpublish anyway" when the dialog lists what refers to it (its translation set and its
  // approval records refer to every sample article; none of them is a page of the site).
  await dialog.getByRole('button', { name: /^Unpublish (now|anyway)$/ }).click();
  await expect(dialog).toHaveCount(0);
  await expect
    .poll(() => publishedField(id, '_id'), { message: 'the published article is gone from the lake' })
    .toBeUndefined();
}
