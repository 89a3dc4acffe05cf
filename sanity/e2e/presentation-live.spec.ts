// Presentation shows a draft edit as it is typed: the editor opens an article from the preview's click-to-edit
// overlay, types in its Title, and the previewed page (the site in draft mode) shows the new heading within
// three seconds, without the preview's reload button, in English and in Spanish.
import { expect, test } from '@playwright/test';
import { currentRun } from './support/environment.ts';
import { publishedField } from './support/lake.ts';
import { openArticleFromPreview, previewHeading } from './support/presentation.ts';
import { StudioTraffic } from './support/studio-traffic.ts';

/** What "as it is typed" means here: the preview follows the form within this time after the last key. */
const PREVIEW_FOLLOWS_MS = 3_000;

const ARTICLES = [
  {
    language: 'English',
    id: 'article-ketamine-for-chronic-pain-what-the-evidence-says',
    section: 'articles',
  },
  { language: 'Spanish', id: 'article-es-ketamina-dolor-cronico', section: 'es/articulos' },
] as const;

test.setTimeout(300_000);

for (const article of ARTICLES) {
  test(`the ${article.language} preview shows the title as it is typed`, async ({ page }) => {
    const traffic = await StudioTraffic.record(page, currentRun().studioOrigin);
    const title = String(await publishedField(article.id, 'title'));
    const { current: slug } = (await publishedField(article.id, 'slug')) as { current: string };
    await openArticleFromPreview(page, `/${article.section}/${slug}`, title);

    const heading = previewHeading(page);
    const titleInput = page.locator('input#title');
    for (const addition of [' — draft one', ' and two']) {
      await titleInput.click();
      await page.keyboard.press('End');
      await page.keyboard.type(addition);
      const typed = await titleInput.inputValue();
      const typedAt = Date.now();
      await expect(heading, 'the preview shows the typed title').toContainText(typed, {
        timeout: PREVIEW_FOLLOWS_MS,
      });
      console.log(
        `${article.language}: preview showed "${addition}" ${Date.now() - typedAt} ms after the last key`,
      );
    }

    await page.close();
    await traffic.settled();
    expect(traffic.unknownEndpoints(), 'endpoints the lake does not know').toEqual([]);
    expect([...traffic.unexpectedExternal], 'requests leaving the machine').toEqual([]);
    expect(
      traffic.lakeCalls
        .filter((call) => call.status >= 500)
        .map((call) => `${call.endpoint} → ${call.status}`),
    ).toEqual([]);
  });
}
