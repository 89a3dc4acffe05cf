// Two people typing in one field at the same moment, as with the hosted Content Lake: one at its start and one at
// its end, each keeps their text where they typed it; both at the same place, every character of each is kept, in
// that person's order, in both windows and in the lake (form/KeepCaretInput.tsx, form/shownTextPatch.ts).
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

test('text typed by two people at the same place keeps every character, each person’s in their own order', async ({
  browser,
}) => {
  const { token, reviewerToken } = currentRun();
  const original = String(await publishedField(ARTICLE_ID, 'excerpt'));
  const spot = original.indexOf(' ') + 1;
  const contexts = [await newPerson(browser), await newPerson(browser)];
  try {
    const [first, second] = await Promise.all(contexts.map((context) => context.newPage()));
    await openStudioAs(first!, token, `/structure/article;${ARTICLE_ID}`);
    await openStudioAs(second!, reviewerToken, `/structure/article;${ARTICLE_ID}`);
    const excerpts = [first!.locator('textarea#excerpt'), second!.locator('textarea#excerpt')];
    for (const excerpt of excerpts) await expect(excerpt).toHaveValue(/./, { timeout: FORM_LOAD_TIMEOUT_MS });
    const start = await excerpts[0]!.inputValue();
    // Digits are in neither text, so each person's digits show what of their typing was kept, and where.
    for (const [index, page] of [first!, second!].entries()) {
      await excerpts[index]!.click();
      await page.keyboard.press('Control+Home');
      for (let step = 0; step < spot; step++) await page.keyboard.press('ArrowRight');
    }
    await Promise.all([
      first!.keyboard.type('13579', { delay: 70 }),
      second!.keyboard.type('24680', { delay: 95 }),
    ]);
    await expect(async () => {
      const [one, two] = await Promise.all(excerpts.map((excerpt) => excerpt.inputValue()));
      expect(one).toBe(two);
      expect(await draftField(ARTICLE_ID, 'excerpt')).toBe(one);
    }).toPass({ timeout: 20_000 });
    const result = await excerpts[0]!.inputValue();
    console.log(`same place: ${JSON.stringify(result.slice(0, spot + 24))}`);
    expect(result.replace(/[0-9]/g, '')).toBe(start);
    expect(result.replace(/[^13579]/g, '')).toBe('13579');
    expect(result.replace(/[^24680]/g, '')).toBe('24680');
  } finally {
    for (const context of contexts) await context.close();
  }
});
