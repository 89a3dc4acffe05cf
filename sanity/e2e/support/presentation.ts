// Opening a site page in the Presentation tool and reaching its document through click-to-edit, as an editor does.
import { expect, type Page } from '@playwright/test';
import { currentRun } from './environment.ts';
import { FORM_LOAD_TIMEOUT_MS, openStudioAs } from './studio.ts';

/**
 * Opens Presentation on the site's `path` (e.g. `/articles/<slug>`) as the editor and waits for the preview's `h1`
 * to read `title`, then for its click-to-edit overlay. Throws (through `expect`) when the preview does not appear
 * within FORM_LOAD_TIMEOUT_MS or the overlay within a minute.
 */
export async function openPreviewWithOverlay(page: Page, path: string, title: string): Promise<void> {
  await openStudioAs(page, currentRun().token, `/presentation?preview=${encodeURIComponent(path)}`);
  const heading = previewHeading(page);
  await expect(heading).toContainText(title, { timeout: FORM_LOAD_TIMEOUT_MS });
  // The overlay appears on hover once the preview has reported its Sanity data attributes.
  const overlay = page.frameLocator('iframe').locator('[data-sanity-overlay-element]');
  await expect(async () => {
    const box = (await heading.boundingBox())!;
    await page.mouse.move(box.x + 30, box.y + 15);
    await page.mouse.move(box.x + 40, box.y + 20);
    expect(await overlay.count()).toBeGreaterThan(0);
  }, 'click-to-edit overlay').toPass({ timeout: 60_000 });
}

/**
 * Opens the preview as openPreviewWithOverlay does, then clicks the heading: the overlay opens the article's form
 * beside the preview. Throws (through `expect`) when the form does not show `title` within FORM_LOAD_TIMEOUT_MS.
 */
export async function openArticleFromPreview(page: Page, path: string, title: string): Promise<void> {
  await openPreviewWithOverlay(page, path, title);
  const box = (await previewHeading(page).boundingBox())!;
  await page.mouse.click(box.x + 40, box.y + 20);
  await expect(page.locator('input#title')).toHaveValue(title, { timeout: FORM_LOAD_TIMEOUT_MS });
}

/** The page heading inside the Presentation tool's preview frame. */
export const previewHeading = (page: Page) => page.frameLocator('iframe').locator('h1');
