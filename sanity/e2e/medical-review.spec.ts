// The medical review between two people on their own computers: the medical reviewer (a second login, linked to a
// real person) approves an article and its Spanish translation, and the site then says who reviewed it. The editor
// changes one sentence of the body: the Studio says "Changed since medical review", shows the change in its own
// review-changes panel and holds Publish back until the reviewer approves again. A later typo fix is published on
// the editor's "No clinical change" statement, which the article's audit trail lists with the reason. Once the
// changed English article is published, its Spanish translation is flagged "Source changed since translation".
import { expect, test, type Page } from '@playwright/test';
import { currentRun } from './support/environment.ts';
import { discardDraft, publishedQuery } from './support/lake.ts';
import { FORM_LOAD_TIMEOUT_MS, newPerson, openStudioAs } from './support/studio.ts';
import { StudioTraffic } from './support/studio-traffic.ts';
import { CLINICIAN, listClinician, REVIEWER_USER } from './support/clinician.ts';

const ARTICLE = 'article-ketamine-for-chronic-pain-what-the-evidence-says';
const ARTICLE_PATH = '/articles/ketamine-for-chronic-pain-what-the-evidence-says';
const TRANSLATION = 'article-es-ketamina-dolor-cronico';
const FIRST_SENTENCE_END = 'with your own doctors.';
/** How long the site may take to show a change: the webhook revalidates at once, the rest is rendering. */
const SITE_TIMEOUT_MS = 60_000;

test.setTimeout(600_000);

type Approval = {
  kind: string;
  userId: string;
  person?: { _ref: string };
  revision: string;
  reason?: string;
};

const approvalsOf = (id: string) =>
  publishedQuery<Approval[]>('*[_type == "medicalApproval" && document._ref == $id] | order(at asc)', { id });

const badge = (page: Page, label: string) => page.getByText(label, { exact: true }).first();

const actionMenu = (page: Page) => page.getByRole('button', { name: 'Open document actions' });

async function runAction(page: Page, label: string): Promise<void> {
  await actionMenu(page).click();
  await page.getByRole('menuitem', { name: label }).click();
}

async function approve(page: Page): Promise<void> {
  await runAction(page, 'Approve (medical review)');
  await page.getByRole('dialog').getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

/** Types `text` at the end of the body's first paragraph, as an editor does (a click past its last word). */
async function typeInFirstParagraph(page: Page, text: string): Promise<void> {
  const paragraph = page.getByTestId('text-style--normal').filter({ hasText: FIRST_SENTENCE_END }).first();
  await paragraph.scrollIntoViewIfNeeded();
  const box = await paragraph.boundingBox();
  if (!box) throw new Error("The body's first paragraph is not on screen");
  await paragraph.click({ position: { x: box.width - 2, y: box.height - 4 } });
  await page.keyboard.press('End');
  await page.keyboard.type(text, { delay: 20 });
}

/** The text of a site page as a reader sees it (markup dropped, spaces collapsed). */
async function siteText(path: string): Promise<string> {
  const { siteUrl } = currentRun();
  const response = await fetch(`${siteUrl}${path}`);
  return (await response.text()).replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
}

test('a reviewer approves, an edited sentence waits for a new approval, and a translation is flagged', async ({
  browser,
}) => {
  const { token, reviewerToken, studioOrigin } = currentRun();
  // Earlier tests in the run may have left drafts of these articles; the reviewer approves the version on screen,
  // which must be the published text for the site to call it reviewed.
  await discardDraft(ARTICLE);
  await discardDraft(TRANSLATION);
  // An administrator links the reviewer's login to a real person.
  await listClinician();
  const editorContext = await newPerson(browser);
  const reviewerContext = await newPerson(browser);
  try {
    const editor = await editorContext.newPage();
    const reviewer = await reviewerContext.newPage();
    const traffic = await StudioTraffic.record(editor, studioOrigin);

    // The editor is not a medical reviewer: the action says why it is not available.
    await openStudioAs(editor, token, `/structure/article;${ARTICLE}`);
    await expect(editor.locator('input#title')).toBeVisible({ timeout: FORM_LOAD_TIMEOUT_MS });
    await expect(badge(editor, 'Not reviewed by a clinician')).toBeVisible();
    await actionMenu(editor).click();
    await expect(editor.getByRole('menuitem', { name: 'Approve (medical review)' })).toBeDisabled();
    await editor.keyboard.press('Escape');

    // 1. The reviewer approves the English article and its Spanish translation.
    await openStudioAs(reviewer, reviewerToken, `/structure/article;${ARTICLE}`);
    await expect(reviewer.locator('input#title')).toBeVisible({ timeout: FORM_LOAD_TIMEOUT_MS });
    await approve(reviewer);
    await expect(badge(reviewer, 'Medically reviewed')).toBeVisible();
    // The sample's own approvals (by placeholders, from the seed) come first; this one is the reviewer's.
    const first = (await approvalsOf(ARTICLE)).find((record) => record.userId === REVIEWER_USER);
    expect(first).toMatchObject({
      kind: 'approval',
      userId: REVIEWER_USER,
      person: { _ref: CLINICIAN._id },
    });
    await reviewer.goto(`${studioOrigin}/structure/article;${TRANSLATION}`);
    await expect(reviewer.locator('input#title')).toBeVisible({ timeout: FORM_LOAD_TIMEOUT_MS });
    await approve(reviewer);
    await expect(badge(reviewer, 'Medically reviewed')).toBeVisible();
    await expect(badge(reviewer, 'Source changed since translation')).toHaveCount(0);

    // The site says who reviewed it.
    await expect
      .poll(() => siteText(ARTICLE_PATH), { timeout: SITE_TIMEOUT_MS, intervals: [1000] })
      .toContain(`Medically reviewed by ${CLINICIAN.name}`);

    // 2. The editor changes one sentence of the body: publishing waits for the reviewer.
    await expect(badge(editor, 'Medically reviewed')).toBeVisible();
    await typeInFirstParagraph(editor, ' Most people need repeated infusions.');
    await expect(badge(editor, 'Changed since medical review')).toBeVisible();
    await expect(editor.getByTestId('action-publish')).toBeDisabled();
    // The reviewer sees the change and approves the new wording; the editor can publish.
    await reviewer.goto(`${studioOrigin}/structure/article;${ARTICLE}`);
    await expect(badge(reviewer, 'Changed since medical review')).toBeVisible({
      timeout: FORM_LOAD_TIMEOUT_MS,
    });
    await approve(reviewer);
    await expect(editor.getByTestId('action-publish')).toBeEnabled();
    await editor.getByTestId('action-publish').click();
    await expect
      .poll(() => publishedQuery<string>('*[_id == $id][0].body[0].children[0].text', { id: ARTICLE }))
      .toContain('Most people need repeated infusions.');

    // 3. A typo fix: the editor states it changes no clinical meaning, with a reason, and publishes.
    await typeInFirstParagraph(editor, ' ');
    await editor.keyboard.press('Backspace');
    await editor.keyboard.press('Backspace');
    await editor.keyboard.type('!');
    await expect(badge(editor, 'Changed since medical review')).toBeVisible();
    await expect(editor.getByTestId('action-publish')).toBeDisabled();
    // The difference, field by field, in the Studio's own review-changes panel (against the approved, published
    // version; the sample's own import has no draft revision to compare with, so this is checked here).
    await runAction(editor, 'Changes since medical review');
    await expect(editor.getByTestId('review-changes-pane').last()).toContainText('Body');
    await runAction(editor, 'No clinical change…');
    const statement = editor.getByRole('dialog');
    await expect(statement.getByRole('button', { name: 'Record statement' })).toBeDisabled();
    await statement.getByLabel('Reason (required)').fill('Punctuation only');
    await statement.getByRole('button', { name: 'Record statement' }).click();
    await expect(editor.getByTestId('action-publish')).toBeEnabled();
    await editor.getByTestId('action-publish').click();
    await expect
      .poll(() => publishedQuery<string>('*[_id == $id][0].body[0].children[0].text', { id: ARTICLE }))
      .toMatch(/!$/);
    // The site shows the corrected text and, through the statement, still the reviewer's approval.
    await expect
      .poll(() => siteText(ARTICLE_PATH), { timeout: SITE_TIMEOUT_MS, intervals: [1000] })
      .toContain('Most people need repeated infusions!');
    expect(await siteText(ARTICLE_PATH)).toContain(`Medically reviewed by ${CLINICIAN.name}`);
    const statements = (await approvalsOf(ARTICLE)).filter((record) => record.kind === 'nonClinicalChange');
    expect(statements).toMatchObject([{ userId: 'p-local-editor', reason: 'Punctuation only' }]);

    // The article's audit trail lists both approvals, the statement with its reason, and the two publishes.
    await editor.goto(`${studioOrigin}/structure/article;${ARTICLE},view=audit-trail`);
    const entries = editor.getByTestId('audit-entry');
    await expect(entries.first()).toBeVisible({ timeout: FORM_LOAD_TIMEOUT_MS });
    await expect(entries.filter({ hasText: 'No clinical change' })).toContainText('Reason: Punctuation only');
    await expect(
      entries.filter({ hasText: 'Medical approval' }).filter({ hasText: REVIEWER_USER }),
    ).toHaveCount(2);
    // Two publishes here, and the sample import's own.
    expect(await entries.filter({ hasText: 'Published' }).count()).toBeGreaterThanOrEqual(2);

    // 4. The English source changed after the translation's approval: the translation says so.
    await editor.goto(`${studioOrigin}/structure/article;${TRANSLATION}`);
    await expect(badge(editor, 'Source changed since translation')).toBeVisible({
      timeout: FORM_LOAD_TIMEOUT_MS,
    });

    await editor.close();
    await traffic.settled();
    expect(traffic.unknownEndpoints(), 'endpoints the lake does not know').toEqual([]);
  } finally {
    await editorContext.close();
    await reviewerContext.close();
  }
});
