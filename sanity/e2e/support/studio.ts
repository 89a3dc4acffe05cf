// Opening the Studio the lake serves as a given person: the `#token=` link `npm run dev` prints logs them in.
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { currentRun } from './environment.ts';

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
