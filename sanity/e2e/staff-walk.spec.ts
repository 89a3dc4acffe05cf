// A working day of the clinic's staff, walked in one run with two logins and a visitor's browser: marketing
// changes the clinic's phone number; an editor writes a new article (a nested list and a link to another
// article) from a copy of an existing one; a clinician approves it and it is published; a visitor finds it with
// the site's search; the editor starts its Spanish translation; the clinician works through the review queue;
// both edit one document at once; the editor previews a change in Presentation; and housekeeping unpublishes the
// article again. Throughout, no page logs a console error and the lake refuses nothing nobody asked for.
import { expect, test, type Page } from '@playwright/test';
import { reviewCutoffDate } from '../schemaTypes/shared/dates.ts';
import { DUE_FOR_REVIEW_FILTER } from '../structure/reviewQueue.ts';
import { BrowserWatch } from './support/browser-watch.ts';
import { listClinician } from './support/clinician.ts';
import { currentRun } from './support/environment.ts';
import { draftField, publishedField, publishedQuery } from './support/lake.ts';
import { openArticleFromPreview, previewHeading } from './support/presentation.ts';
import { FORM_LOAD_TIMEOUT_MS, newPerson, openStudioAs, unpublishInStudio } from './support/studio.ts';

const CLINIC_ID = 'clinic-propel-sacramento';
const NEW_PHONE = '+19165550177';
/** The article the new one is copied from, and the one its internal link points at. */
const SOURCE_ID = 'article-why-in-clinic-monitoring-matters';
const LINKED_ID = 'article-ketamine-side-effects-risks-and-who-should-not-have-it';
const NEW_TITLE = 'Preparing for your first visit';
const NEW_SLUG = 'preparing-for-your-first-visit';
/** Words the visitor searches for: only the new article holds them. */
const SEARCH_WORD = 'checklist';
/** How long a published change may take to reach the site: the webhook revalidates at once. */
const SITE_TIMEOUT_MS = 60_000;
/** What "as it is typed" means in Presentation. */
const PREVIEW_FOLLOWS_MS = 3_000;

test.setTimeout(900_000);
// A step that cannot act fails within a minute, naming the control, instead of waiting for the whole walk's time.
test.use({ actionTimeout: 60_000 });

/** One task of the walk, as a Playwright step; its time is printed so a slow task shows in the run's log. */
async function step(name: string, task: () => Promise<void>): Promise<void> {
  const began = Date.now();
  console.log(`… ${name}`);
  await test.step(name, task);
  console.log(`✓ ${name}: ${((Date.now() - began) / 1000).toFixed(1)} s`);
}

const actionMenu = (page: Page) => page.getByRole('button', { name: 'Open document actions' });

async function runAction(page: Page, label: string): Promise<void> {
  await actionMenu(page).click();
  await page.getByRole('menuitem', { name: label }).click();
}

/** A button of the body's toolbar (`bullet`, `internalLink`, …), the one on screen (Sanity keeps a hidden copy). */
const toolbarButton = (page: Page, action: string) =>
  page.locator(`[data-testid="action-button-${action}"]:visible`).first();

/** Fetches a site page as a visitor's browser would; the status and the text with markup dropped. */
async function sitePage(path: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${currentRun().siteUrl}${path}`);
  return { status: response.status, text: (await response.text()).replace(/<[^>]+>/g, ' ') };
}

test('eight staff tasks in one day: nothing lost, nothing logged as an error, nothing refused unasked', async ({
  browser,
}) => {
  const { token, reviewerToken, studioOrigin, lakeUrl, siteUrl } = currentRun();
  const watch = new BrowserWatch([studioOrigin, lakeUrl]);
  await listClinician();
  const editorContext = await newPerson(browser);
  const reviewerContext = await newPerson(browser);
  const visitorContext = await newPerson(browser);
  watch.watch(editorContext, 'editor');
  watch.watch(reviewerContext, 'reviewer');
  watch.watch(visitorContext, 'visitor');
  try {
    const editor = await editorContext.newPage();
    const reviewer = await reviewerContext.newPage();
    const visitor = await visitorContext.newPage();

    await step('marketing changes the clinic phone number and the site shows it', async () => {
      await openStudioAs(editor, token, `/structure/clinic;${CLINIC_ID}`);
      const phone = editor.locator('input#phone');
      await expect(phone).toBeVisible({ timeout: FORM_LOAD_TIMEOUT_MS });
      await phone.fill(NEW_PHONE);
      await editor.getByTestId('action-publish').click();
      await expect.poll(() => publishedField(CLINIC_ID, 'phone')).toBe(NEW_PHONE);
      await expect(async () => {
        await visitor.goto(`${siteUrl}/contact`);
        await expect(visitor.locator(`a[href="tel:${NEW_PHONE}"]`).first()).toBeVisible({ timeout: 500 });
      }).toPass({ timeout: SITE_TIMEOUT_MS, intervals: [500] });
    });

    let newId = '';
    await step(
      'an editor writes a new article with a nested list and a link to another article',
      async () => {
        await editor.goto(`${studioOrigin}/structure/article;${SOURCE_ID}`);
        await expect(editor.locator('input#title')).toBeVisible({ timeout: FORM_LOAD_TIMEOUT_MS });
        await runAction(editor, 'Duplicate');
        await expect(editor).not.toHaveURL(new RegExp(`${SOURCE_ID}$`), { timeout: FORM_LOAD_TIMEOUT_MS });
        newId = editor.url().split(';').pop()!.split(/[?,]/)[0]!;
        const title = editor.locator('input#title');
        await title.fill(NEW_TITLE);
        await editor.getByRole('button', { name: 'Generate' }).click();
        await expect(editor.locator('input#slug')).toHaveValue(NEW_SLUG);

        // The body: everything copied is replaced by what the editor types.
        const body = editor.locator('[data-testid="pt-editor"] [contenteditable="true"]').first();
        await body.click();
        await editor.keyboard.press('Control+a');
        await editor.keyboard.press('Delete');
        await editor.keyboard.type(`Bring this ${SEARCH_WORD} to your first visit.`);
        await editor.keyboard.press('Enter');
        await toolbarButton(editor, 'bullet').click();
        await editor.keyboard.type('Before the visit');
        await editor.keyboard.press('Enter');
        await editor.keyboard.press('Tab');
        await editor.keyboard.type('Arrange a ride home');
        await editor.keyboard.press('Enter');
        await editor.keyboard.press('Shift+Tab');
        await editor.keyboard.type('On the day');
        await editor.keyboard.press('Enter');
        await toolbarButton(editor, 'bullet').click();
        await editor.keyboard.type('Read about side effects first.');
        // Select the last two words and link them to the side-effects article.
        for (let i = 0; i < 'side effects first.'.length; i++) await editor.keyboard.press('Shift+ArrowLeft');
        const search = editor.getByPlaceholder('Type to search');
        // The annotation's dialog opens with its article search. Once in a CI run it stayed hidden after the click,
        // so the button is pressed again, only while the search is not showing.
        await expect(async () => {
          if (!(await search.isVisible())) await toolbarButton(editor, 'internalLink').click();
          await expect(search).toBeVisible({ timeout: 5_000 });
        }, 'the article search of "Link to an article"').toPass({ timeout: 45_000 });
        await search.fill('side effects');
        // The search's first answer is the side-effects article (the desk's list beside it holds the same title, so
        // it is chosen with the keyboard, as the search field has focus).
        await expect(editor.getByRole('option', { name: /^Ketamine side effects, risks/ })).toHaveCount(2);
        await editor.keyboard.press('ArrowDown');
        await editor.keyboard.press('Enter');
        await expect
          .poll(async () => JSON.stringify(await draftField(newId, 'body')), {
            message: 'the link in the draft',
          })
          .toContain(`"_ref":"${LINKED_ID}"`);
        await editor.keyboard.press('Escape');

        await expect
          .poll(async () => ((await draftField(newId, 'body')) as unknown[] | undefined)?.length ?? 0)
          .toBe(5);
      },
    );

    await step('a clinician approves the new article and the editor publishes it', async () => {
      await openStudioAs(reviewer, reviewerToken, `/structure/article;${newId}`);
      await expect(reviewer.locator('input#title')).toHaveValue(NEW_TITLE, { timeout: FORM_LOAD_TIMEOUT_MS });
      await runAction(reviewer, 'Approve (medical review)');
      await reviewer.getByRole('dialog').getByRole('button', { name: 'Approve', exact: true }).click();
      await expect(editor.getByTestId('action-publish')).toBeEnabled();
      await editor.getByTestId('action-publish').click();
      await expect.poll(() => publishedField(newId, 'title')).toBe(NEW_TITLE);

      const linkedSlug = ((await publishedField(LINKED_ID, 'slug')) as { current: string }).current;
      await expect(async () => {
        await visitor.goto(`${siteUrl}/articles/${NEW_SLUG}`);
        await expect(visitor.locator('h1')).toHaveText(NEW_TITLE, { timeout: 500 });
      }).toPass({ timeout: SITE_TIMEOUT_MS, intervals: [500] });
      const nested = visitor.locator('article li:has(> ul)');
      await expect(nested).toContainText('Before the visit');
      expect(await nested.evaluate((item) => getComputedStyle(item).listStyleType)).not.toBe('none');
      await expect(visitor.locator('article li li')).toHaveText('Arrange a ride home');
      await expect(visitor.getByRole('link', { name: 'side effects first' })).toHaveAttribute(
        'href',
        `/articles/${linkedSlug}`,
      );
    });

    await step('a visitor finds the new article with the site search', async () => {
      await visitor.goto(siteUrl);
      await visitor.getByRole('banner').getByRole('searchbox', { name: 'Search articles' }).fill(SEARCH_WORD);
      await visitor.keyboard.press('Enter');
      await expect(visitor.getByRole('link', { name: NEW_TITLE })).toBeVisible();
    });

    await step(
      'the editor starts the Spanish translation, which keeps none of the English addresses',
      async () => {
        await editor.getByRole('button', { name: 'Translations' }).click();
        await editor.getByRole('button', { name: /Español/ }).click();
        const spanishId = async () =>
          (await publishedQuery<string | null>(
            '*[_type == "translation.metadata" && references($id)][0].translations[language == "es"][0].value._ref',
            { id: newId },
          )) ?? '';
        await expect.poll(spanishId, { message: 'the translation set links a Spanish article' }).not.toBe('');
        const spanish = String(await spanishId());
        await expect.poll(() => draftField(spanish, 'language')).toBe('es');
        expect(
          await draftField(spanish, 'previousSlugs'),
          'old English addresses in the copy',
        ).toBeUndefined();
      },
    );

    await step(
      'the clinician approves the first article in the review queue, which leaves the queue',
      async () => {
        // The queue's first entry, read with the list's own filter and order.
        const due = await publishedQuery<{ _id: string; title: string }>(
          `*[${DUE_FOR_REVIEW_FILTER}] | order(publishedAt asc)[0]{_id, title}`,
          { cutoff: reviewCutoffDate() },
        );
        await reviewer.goto(`${studioOrigin}/structure`);
        await reviewer.getByText('Due for medical review', { exact: true }).first().click();
        await reviewer.getByText(due.title, { exact: true }).first().click();
        await expect(reviewer).toHaveURL(new RegExp(`/structure/due-for-review;${due._id}$`));
        await expect(reviewer.getByText('Medical reviewer', { exact: true }).first()).toBeVisible({
          timeout: FORM_LOAD_TIMEOUT_MS,
        });
        await runAction(reviewer, 'Approve (medical review)');
        await reviewer.getByRole('dialog').getByRole('button', { name: 'Approve', exact: true }).click();
        await expect(reviewer.getByText('Medically reviewed', { exact: true }).first()).toBeVisible();
        await reviewer.goto(`${studioOrigin}/structure/due-for-review`);
        await expect(reviewer.getByText('Due for medical review', { exact: true }).last()).toBeVisible();
        await expect(reviewer.getByText(due.title, { exact: true })).toHaveCount(0);
      },
    );

    await step('two people edit one field at once and both keep what they typed', async () => {
      const path = `/structure/article;${newId}`;
      await editor.goto(`${studioOrigin}${path}`);
      await reviewer.goto(`${studioOrigin}${path}`);
      const excerpts = [editor.locator('textarea#excerpt'), reviewer.locator('textarea#excerpt')];
      const original = String(await publishedField(newId, 'excerpt'));
      for (const excerpt of excerpts)
        await expect(excerpt).toHaveValue(original, { timeout: FORM_LOAD_TIMEOUT_MS });
      await expect(editor.locator('[data-ui="Avatar"][title="Medical reviewer"]').first()).toBeVisible();
      await excerpts[0]!.click();
      await editor.keyboard.press('Control+Home');
      await excerpts[1]!.click();
      await reviewer.keyboard.press('Control+End');
      await Promise.all([
        editor.keyboard.type('Start: ', { delay: 90 }),
        reviewer.keyboard.type(' :end', { delay: 130 }),
      ]);
      const expected = `Start: ${original} :end`;
      for (const excerpt of excerpts) await expect(excerpt).toHaveValue(expected);
      await expect.poll(() => draftField(newId, 'excerpt')).toBe(expected);
    });

    await step('the editor sees a title change in Presentation as it is typed', async () => {
      await reviewer.goto(`${studioOrigin}/structure`);
      await openArticleFromPreview(editor, `/articles/${NEW_SLUG}`, NEW_TITLE);
      await editor.locator('input#title').click();
      await editor.keyboard.press('End');
      await editor.keyboard.type(': a checklist');
      await expect(previewHeading(editor)).toContainText(`${NEW_TITLE}: a checklist`, {
        timeout: PREVIEW_FOLLOWS_MS,
      });
    });

    await step(
      'housekeeping unpublishes the article: the Studio keeps it as a draft, the site drops it',
      async () => {
        await unpublishInStudio(editor, newId);
        await expect(editor.locator('input#title')).toHaveValue(`${NEW_TITLE}: a checklist`);
        await expect.poll(async () => (await sitePage(`/articles/${NEW_SLUG}`)).status).toBe(404);
      },
    );
  } finally {
    await editorContext.close();
    await reviewerContext.close();
    await visitorContext.close();
  }
  expect(watch.consoleErrors, 'console errors').toEqual([]);
  expect(watch.lakeFailures, 'lake answers of 400 or more nobody caused').toEqual([]);
});
