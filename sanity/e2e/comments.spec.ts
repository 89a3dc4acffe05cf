// A medical reviewer comments on the exact words of an article: they select one sentence of the body, write a
// comment and mention the editor. The editor, on their own computer, sees the highlighted sentence and the thread,
// replies and resolves it; both Studios then show the thread as resolved. The comments are kept in the lake's
// comments add-on dataset, created by the first comment as on a hosted project, and every request either Studio
// makes on the way is answered without an error.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { currentRun } from './support/environment.ts';
import { publishedQuery } from './support/lake.ts';
import { FORM_LOAD_TIMEOUT_MS, newPerson, openStudioAs } from './support/studio.ts';
import { StudioTraffic } from './support/studio-traffic.ts';

const ARTICLE_ID = 'article-why-in-clinic-monitoring-matters';
const ARTICLE_PATH = `/structure/article;${ARTICLE_ID}`;
const REVIEWER = 'Medical reviewer';
const EDITOR = 'Editor';
const COMMENT = 'Which source gives the blood pressure effect?';
const REPLY = 'The ketamine label; I added it to the references.';
// Comments appear in the other person's Studio through the add-on dataset's listener; allow for a busy machine.
const LIVE_TIMEOUT_MS = 30_000;

test.setTimeout(420_000);
// An action that cannot happen (a button hidden behind a popover) fails at its step, not at the test's end.
test.use({ actionTimeout: 30_000 });

/** The first sentence of the article's first paragraph, as stored (so the test follows the sample text). */
async function firstSentence(): Promise<string> {
  const text = await publishedQuery<string | null>(
    '*[_id == $id][0].body[_type == "block"][0].children[0].text',
    {
      id: ARTICLE_ID,
    },
  );
  const sentence = /^[^.]+\./.exec(text ?? '')?.[0];
  if (!sentence) throw new Error(`${ARTICLE_ID} has no first sentence in its body`);
  return sentence;
}

/** The names of production's comments add-on datasets, as the Studio looks them up. */
async function addonDatasets(): Promise<string[]> {
  const { lakeUrl, token } = currentRun();
  const response = await fetch(
    `${lakeUrl}/v2025-02-19/projects/local/datasets?datasetProfile=comments&addonFor=production`,
    { headers: { authorization: `Bearer ${token}` } },
  );
  return ((await response.json()) as Array<{ name: string }>).map((dataset) => dataset.name);
}

/**
 * Selects `text` inside `editable`, as a reader's selection would: a DOM range over exactly those characters, which
 * the editor takes over from the browser's selection. (Dragging the mouse over it lands a few letters short or long
 * whenever the form is still settling, so the exact range is set directly.)
 */
async function selectText(editable: Locator, text: string): Promise<void> {
  await editable.getByText(text.slice(0, 40)).first().scrollIntoViewIfNeeded();
  const found = await editable.evaluate((root, wanted) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    }
    return false;
  }, text);
  if (!found) throw new Error(`"${text}" is not in the editor`);
}

/** The body field's Portable Text editor. */
function bodyEditor(page: Page): Locator {
  return page
    .getByTestId('field-body')
    .getByTestId('pt-editor')
    .locator('div[role="textbox"][contenteditable=true]');
}

/**
 * The comments inspector, opened from the commented field's own button ("Open comments", shown once a field has
 * comments) unless the Studio has opened it already (it does after a comment is sent).
 */
async function openComments(page: Page): Promise<Locator> {
  const list = page.getByTestId('comments-list');
  const opened = await list
    .waitFor({ state: 'visible', timeout: 5_000 })
    .then(() => true)
    .catch(() => false);
  if (!opened) await page.getByRole('button', { name: 'Open comments' }).click();
  await expect(list).toBeVisible({ timeout: LIVE_TIMEOUT_MS });
  return list;
}

/** Switches the comments inspector from its open threads to the resolved ones (its status menu). */
async function showResolved(page: Page): Promise<void> {
  // The first time comments show, the Studio points them out in a popover over the inspector's header.
  const onboarding = page.getByRole('button', { name: 'Got it' });
  if (await onboarding.isVisible()) await onboarding.click();
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Resolved comments' }).click();
}

function expectNoLakeErrors(traffic: StudioTraffic, who: string): void {
  const errors = traffic.lakeCalls
    .filter((call) => call.status >= 400)
    .map((call) => `${call.endpoint} → ${call.status}`);
  expect(errors, `lake answers of 400 and above to the ${who}'s Studio`).toEqual([]);
  expect(traffic.failedLakeRequests, `failed lake requests of the ${who}'s Studio`).toEqual([]);
}

test('a reviewer comments on a body sentence and mentions the editor, who replies and resolves it', async ({
  browser,
}) => {
  const { studioOrigin, token, reviewerToken, lakeUrl } = currentRun();
  const sentence = await firstSentence();
  // On a fresh lake the first comment also sets up the comments add-on dataset, as on a new hosted project.
  const addonExisted = (await addonDatasets()).length > 0;
  const reviewerContext = await newPerson(browser);
  const editorContext = await newPerson(browser);
  try {
    const reviewer = await reviewerContext.newPage();
    const reviewerTraffic = await StudioTraffic.record(reviewer, studioOrigin);
    await openStudioAs(reviewer, reviewerToken, ARTICLE_PATH);

    // The reviewer selects the sentence and starts a comment on it.
    const reviewerBody = bodyEditor(reviewer);
    await expect(reviewerBody).toBeVisible({ timeout: FORM_LOAD_TIMEOUT_MS });
    await reviewerBody.click();
    await selectText(reviewerBody, sentence);
    const addComment = reviewer.getByTestId('inline-comment-button');
    await expect(addComment).toBeEnabled();
    await addComment.click();
    await expect(reviewer.locator('[data-inline-comment-state="authoring"]')).toHaveText(sentence);

    // The comment, with the editor mentioned: "@" opens the list of people who may read the article.
    const input = reviewer.getByTestId('comment-input').filter({ visible: true });
    const inputText = input.locator('div[role="textbox"]');
    await inputText.click();
    await inputText.pressSequentially(`${COMMENT} `);
    await inputText.pressSequentially('@Edit');
    const mentions = reviewer.getByTestId('comments-mentions-menu').filter({ visible: true });
    // Offered, and not marked "Unauthorized": the editor may read the article.
    const editorOption = mentions.getByRole('button').filter({ hasText: EDITOR });
    await expect(editorOption).toBeEnabled({ timeout: LIVE_TIMEOUT_MS });
    await expect(mentions).not.toContainText('Unauthorized');
    // Enter picks the highlighted person, as a keyboard user would.
    await reviewer.keyboard.press('Enter');
    await expect(mentions).toHaveCount(0);
    await expect(
      reviewer.getByTestId('comment-input-editable').filter({ hasText: `@${EDITOR}` }),
    ).toBeVisible();
    await reviewer.getByTestId('comment-input-send-button').filter({ visible: true }).click();

    // Stored: the sentence is marked as commented and the thread is listed in the reviewer's Studio.
    await expect(reviewer.locator('[data-inline-comment-state="added"]')).toHaveText(sentence, {
      timeout: LIVE_TIMEOUT_MS,
    });
    const reviewerList = await openComments(reviewer);
    await expect(reviewerList.getByTestId('comments-list-item').filter({ hasText: COMMENT })).toBeVisible();

    // The editor opens the article on their own computer: the sentence is highlighted, the thread names them.
    const editor = await editorContext.newPage();
    const editorTraffic = await StudioTraffic.record(editor, studioOrigin);
    await openStudioAs(editor, token, ARTICLE_PATH);
    await expect(editor.locator('[data-inline-comment-state="added"]')).toHaveText(sentence, {
      timeout: FORM_LOAD_TIMEOUT_MS,
    });
    const editorList = await openComments(editor);
    const editorThread = editorList.getByTestId('comments-list-item').filter({ hasText: COMMENT });
    await expect(editorThread).toBeVisible({ timeout: LIVE_TIMEOUT_MS });
    await expect(editorThread).toContainText(REVIEWER);
    await expect(editorThread).toContainText(`@${EDITOR}`);
    await expect(editorThread.getByTestId('comments-list-item-referenced-value')).toHaveText(sentence);

    // The editor replies; the reply reaches the reviewer's open Studio.
    const replyInput = editorThread.getByTestId('comment-input');
    const replyText = replyInput.locator('div[role="textbox"]');
    await replyText.click();
    await replyText.pressSequentially(REPLY);
    await replyInput.getByTestId('comment-input-send-button').click();
    await expect(editorThread).toContainText(REPLY, { timeout: LIVE_TIMEOUT_MS });
    const reviewerThread = reviewerList.getByTestId('comments-list-item').filter({ hasText: COMMENT });
    await expect(reviewerThread).toContainText(REPLY, { timeout: LIVE_TIMEOUT_MS });
    await expect(reviewerThread).toContainText(EDITOR);

    // The editor resolves the thread: it leaves both Studios' open comments and the sentence's highlight, and
    // both find it among the resolved ones.
    await editorThread.hover();
    await editorThread.getByTestId('comments-list-item-status-button').first().click();
    for (const [page, list] of [
      [editor, editorList],
      [reviewer, reviewerList],
    ] as const) {
      await expect(list.getByTestId('comments-list-item').filter({ hasText: COMMENT })).toHaveCount(0, {
        timeout: LIVE_TIMEOUT_MS,
      });
      await expect(page.locator('[data-inline-comment-state="added"]')).toHaveCount(0, {
        timeout: LIVE_TIMEOUT_MS,
      });
      await showResolved(page);
      const resolved = list.getByTestId('comments-list-item').filter({ hasText: COMMENT });
      await expect(resolved).toBeVisible({ timeout: LIVE_TIMEOUT_MS });
      await expect(resolved).toContainText(REPLY);
    }

    // What the lake keeps: both comments in the add-on dataset, resolved, by their authors, on the sentence.
    const search = new URLSearchParams({
      query:
        '*[_type == "comment" && target.document._ref == $id] | order(_createdAt asc)' +
        '{_id, authorId, status, parentCommentId, "mentions": message[].children[_type == "mention"].userId, ' +
        '"commented": pt::text(contentSnapshot), "field": target.path.field, "selection": target.path.selection.type}',
      $id: JSON.stringify(ARTICLE_ID),
    });
    const stored = await fetch(`${lakeUrl}/v2025-02-19/data/query/production-comments?${search}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(stored.status).toBe(200);
    const [comment, reply] = ((await stored.json()) as { result: Array<Record<string, unknown>> }).result;
    expect(comment).toMatchObject({
      authorId: 'p-medical-reviewer',
      status: 'resolved',
      field: 'body',
      mentions: ['p-local-editor'],
      // The words the comment is on: the selected sentence, not its whole paragraph.
      selection: 'text',
      commented: sentence,
    });
    expect(reply).toMatchObject({
      authorId: 'p-local-editor',
      status: 'resolved',
      parentCommentId: comment?._id,
    });

    await reviewer.close();
    await editor.close();
    await reviewerTraffic.settled();
    await editorTraffic.settled();
    console.log(`reviewer's Studio:\n  ${reviewerTraffic.endpointSummary().join('\n  ')}`);
    if (!addonExisted)
      expect(reviewerTraffic.endpointSummary()).toContain('POST /comments/production/setup → 200 ×1');
    expect(await addonDatasets()).toEqual(['production-comments']);
    expectNoLakeErrors(reviewerTraffic, 'reviewer');
    expectNoLakeErrors(editorTraffic, 'editor');
  } finally {
    await reviewerContext.close();
    await editorContext.close();
  }
});
