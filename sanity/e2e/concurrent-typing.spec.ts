// Two people typing in one field at the same moment, one at its start and one at its end, as with the hosted
// Content Lake: each keeps their text where they typed it, in both windows and in the lake.
import { expect, test } from '@playwright/test';
import { currentRun } from './support/environment.ts';
import { draftField, publishedField } from './support/lake.ts';
import { FORM_LOAD_TIMEOUT_MS, newPerson, openStudioAs } from './support/studio.ts';

const ARTICLE_ID = 'article-ketamine-for-chronic-pain-what-the-evidence-says';

// Several Studio pages load here one after another on a shared machine; the default two minutes is for one.
test.setTimeout(300_000);

test('text typed at both ends of one field at once stays where each person typed it', async ({ browser }) => {
  const { token, reviewerToken } = currentRun();
  const original = String(await publishedField(ARTICLE_ID, 'excerpt'));
  const expected = `Start: ${original} :end`;
  const contexts = [await newPerson(browser), await newPerson(browser)];
  try {
    const [first, second] = await Promise.all(contexts.map((context) => context.newPage()));
    await openStudioAs(first!, token, `/structure/article;${ARTICLE_ID}`);
    await openStudioAs(second!, reviewerToken, `/structure/article;${ARTICLE_ID}`);
    const excerpts = [first!.locator('textarea#excerpt'), second!.locator('textarea#excerpt')];
    for (const excerpt of excerpts)
      await expect(excerpt).toHaveValue(original, { timeout: FORM_LOAD_TIMEOUT_MS });

    await excerpts[0]!.click();
    await first!.keyboard.press('Control+Home');
    await excerpts[1]!.click();
    await second!.keyboard.press('Control+End');
    // Both type at once, at slightly different speeds, so their patches cross on the way to the lake.
    await Promise.all([
      first!.keyboard.type('Start: ', { delay: 90 }),
      second!.keyboard.type(' :end', { delay: 130 }),
    ]);

    for (const excerpt of excerpts) await expect(excerpt).toHaveValue(expected);
    await expect
      .poll(() => draftField(ARTICLE_ID, 'excerpt'), { message: 'the draft in the lake' })
      .toBe(expected);
  } finally {
    for (const context of contexts) await context.close();
  }
});
