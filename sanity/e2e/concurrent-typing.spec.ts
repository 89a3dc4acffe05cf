// Two people typing in one field at the same moment, as with the hosted Content Lake: one at its start and one at
// its end, each keeps their text where they typed it; both at the same place, round after round, every character
// of each is kept, in that person's order, in both windows and in the lake (form/KeepCaretInput.tsx,
// form/shownTextPatch.ts).
import { expect, test, type Browser, type Page } from '@playwright/test';
import { currentRun } from './support/environment.ts';
import { draftField, publishedField } from './support/lake.ts';
import { FORM_LOAD_TIMEOUT_MS, newPerson, openStudioAs } from './support/studio.ts';

const ARTICLE_ID = 'article-ketamine-for-chronic-pain-what-the-evidence-says';

// Several Studio pages load here one after another on a shared machine; the default two minutes is for one.
test.setTimeout(300_000);

/** The article open in two browsers: the editor's and the reviewer's. */
async function openAsBoth(browser: Browser): Promise<{ pages: Page[]; close: () => Promise<void> }> {
  const { token, reviewerToken } = currentRun();
  const contexts = [await newPerson(browser), await newPerson(browser)];
  const pages = await Promise.all(contexts.map((context) => context.newPage()));
  await openStudioAs(pages[0]!, token, `/structure/article;${ARTICLE_ID}`);
  await openStudioAs(pages[1]!, reviewerToken, `/structure/article;${ARTICLE_ID}`);
  return { pages, close: async () => void (await Promise.all(contexts.map((context) => context.close()))) };
}

test('text typed at both ends of one field at once stays where each person typed it', async ({ browser }) => {
  const original = String(await publishedField(ARTICLE_ID, 'excerpt'));
  const expected = `Start: ${original} :end`;
  const { pages, close } = await openAsBoth(browser);
  try {
    const [first, second] = pages as [Page, Page];
    const excerpts = [first.locator('textarea#excerpt'), second.locator('textarea#excerpt')];
    for (const excerpt of excerpts)
      await expect(excerpt).toHaveValue(original, { timeout: FORM_LOAD_TIMEOUT_MS });

    await excerpts[0]!.click();
    await first.keyboard.press('Control+Home');
    await excerpts[1]!.click();
    await second.keyboard.press('Control+End');
    // Both type at once, at slightly different speeds, so their patches cross on the way to the lake.
    await Promise.all([
      first.keyboard.type('Start: ', { delay: 90 }),
      second.keyboard.type(' :end', { delay: 130 }),
    ]);

    for (const excerpt of excerpts) await expect(excerpt).toHaveValue(expected);
    await expect
      .poll(() => draftField(ARTICLE_ID, 'excerpt'), { message: 'the draft in the lake' })
      .toBe(expected);
  } finally {
    await close();
  }
});

/** Typing speeds (ms per key) of the two people in each round: each round their keystrokes cross differently. */
const ROUNDS = [
  [70, 95],
  [95, 70],
  [40, 45],
] as const;
/** What each person types, every round: digits, which neither text holds, so the result shows whose survived. */
const TYPED = ['13579', '24680'] as const;

interface SharedText {
  /** Puts `page`'s caret at the agreed place. */
  placeCaret(page: Page): Promise<void>;
  /** The text as `page` shows it. */
  shown(page: Page): Promise<string>;
  /** The text in the lake's draft. */
  stored(): Promise<string | undefined>;
}

/**
 * Both people put their caret at the same place and type their digits at once, ROUNDS times; after each round
 * both screens and the lake must agree. Returns the text before and after.
 */
async function typeTogether(pages: Page[], text: SharedText): Promise<{ before: string; after: string }> {
  const before = await text.shown(pages[0]!);
  for (const speeds of ROUNDS) {
    for (const page of pages) await text.placeCaret(page);
    await Promise.all(
      pages.map((page, index) => page.keyboard.type(TYPED[index]!, { delay: speeds[index] })),
    );
    await expect(async () => {
      const [one, two] = await Promise.all(pages.map((page) => text.shown(page)));
      expect(two).toBe(one);
      expect(await text.stored()).toBe(one);
    }, 'both screens and the lake agree').toPass({ timeout: 20_000 });
  }
  return { before, after: await text.shown(pages[0]!) };
}

/** Every character kept: the text as it was, and each person's digits in the order they typed them. */
function expectEveryCharacter({ before, after }: { before: string; after: string }): void {
  console.log(`same place: ${JSON.stringify(after.slice(0, 60))}`);
  expect(after.replace(/[0-9]/g, '')).toBe(before);
  for (const digits of TYPED)
    expect(after.replace(new RegExp(`[^${digits}]`, 'g'), '')).toBe(digits.repeat(ROUNDS.length));
}

test('two people typing at the same place of a text field keep every character, each in their order', async ({
  browser,
}) => {
  const { pages, close } = await openAsBoth(browser);
  try {
    const excerpt = (page: Page) => page.locator('textarea#excerpt');
    for (const page of pages) await expect(excerpt(page)).toHaveValue(/./, { timeout: FORM_LOAD_TIMEOUT_MS });
    const spot = (await excerpt(pages[0]!).inputValue()).indexOf(' ') + 1;
    expectEveryCharacter(
      await typeTogether(pages, {
        placeCaret: async (page) => {
          await excerpt(page).click();
          await page.keyboard.press('Control+Home');
          for (let step = 0; step < spot; step++) await page.keyboard.press('ArrowRight');
        },
        shown: (page) => excerpt(page).inputValue(),
        stored: async () => (await draftField(ARTICLE_ID, 'excerpt')) as string | undefined,
      }),
    );
  } finally {
    await close();
  }
});
