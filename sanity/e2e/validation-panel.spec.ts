// An editor who cannot publish opens the Validation panel to learn why. A link in the body without an address is
// listed there in the editor's words: which paragraph (its number and opening words), which link (its text) and
// what to do, not only Sanity's heading built from schema titles ("Body / Text / Mark definitions / …").
import { expect, test } from '@playwright/test';
import { currentRun } from './support/environment.ts';
import { discardDraft, saveDraft } from './support/lake.ts';
import { FORM_LOAD_TIMEOUT_MS, openStudioAs } from './support/studio.ts';
import { StudioTraffic } from './support/studio-traffic.ts';

const ARTICLE_ID = 'article-alternatives-to-ketamine-and-if-it-does-not-help';

// The Studio loads schema, document and validation on a shared machine; the default two minutes is for less.
test.setTimeout(300_000);

test('a body link without an address is named by its paragraph and its text in the Validation panel', async ({
  page,
}) => {
  const { studioOrigin, token } = currentRun();
  const traffic = await StudioTraffic.record(page, studioOrigin);
  // A draft whose second paragraph links "the 2023 trial" to nowhere, as an editor leaves it after adding a link
  // and closing the box before typing its address.
  const paragraph = (key: string, spans: { text: string; marks?: string[] }[], markDefs: object[] = []) => ({
    _type: 'block',
    _key: key,
    style: 'normal',
    markDefs,
    children: spans.map((span, index) => ({ _type: 'span', _key: `${key}-${index}`, marks: [], ...span })),
  });
  await saveDraft(ARTICLE_ID, {
    body: [
      { ...paragraph('h', [{ text: 'Other treatments' }]), style: 'h2' },
      paragraph('p1', [{ text: 'Ketamine is one option among several.' }]),
      paragraph('p2', [{ text: 'Read ' }, { text: 'the 2023 trial', marks: ['nolink'] }, { text: ' first.' }], [
        { _type: 'link', _key: 'nolink' },
      ]),
    ],
  });
  try {
    await openStudioAs(page, token, `/structure/article;${ARTICLE_ID}`);
    await expect(page.locator('input#title')).toBeVisible({ timeout: FORM_LOAD_TIMEOUT_MS });
    await expect(page.getByTestId('action-publish')).toBeDisabled();
    await page.getByRole('button', { name: 'Validation' }).click();

    const problem = page.getByRole('button', {
      name: 'Body, paragraph 2 ("Read the 2023 trial first."), link "the 2023 trial": enter where the link goes',
    });
    await expect(problem).toBeVisible();
    // Sanity's own heading above it, from the schema's titles: the block is "Text", the field "Link address".
    await expect(problem).toContainText('Body / Text /');
    await expect(problem).toContainText('/ Link / Link address');
  } finally {
    await discardDraft(ARTICLE_ID);
  }

  await page.close();
  await traffic.settled();
  expect(traffic.unknownEndpoints(), 'endpoints the lake does not know').toEqual([]);
  expect([...traffic.unexpectedExternal], 'requests leaving the machine').toEqual([]);
});
