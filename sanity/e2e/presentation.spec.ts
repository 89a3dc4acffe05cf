// The Presentation tool opened from the Studio URL `npm run dev` prints (the lake's TLS origin): the site loads in
// its frame in draft mode, the article title carries the lake's edit link (Content Source Maps → stega) and gets a
// click-to-edit overlay, and the live-events connection does not reopen again and again.
import { expect, test } from '@playwright/test';
import { currentRun } from './support/environment.ts';
import { publishedField } from './support/lake.ts';
import { openPreviewWithOverlay, previewHeading } from './support/presentation.ts';
import { StudioTraffic } from './support/studio-traffic.ts';

const ARTICLE_ID = 'article-ketamine-and-anxiety-early-research';
/** How long the tool is left open, and how many live-events requests may start meanwhile. A connection that
 * cannot settle reopens about once a second (some twenty in this window); a working one is opened again each time
 * the preview reports its documents, which runs measured at 5 to 7. The bound sits halfway between the two. */
const QUIET_WINDOW_MS = 20_000;
const MAX_LIVE_EVENTS_REQUESTS = 10;

// Several Studio pages load here one after another on a shared machine; the default two minutes is for one.
test.setTimeout(300_000);

test('Presentation shows the article with click-to-edit overlays and no request storm', async ({ page }) => {
  const traffic = await StudioTraffic.record(page, currentRun().studioOrigin);
  const title = String(await publishedField(ARTICLE_ID, 'title'));
  const slug = (await publishedField(ARTICLE_ID, 'slug')) as { current: string };
  await openPreviewWithOverlay(page, `/articles/${slug.current}`, title);
  // The title carries the lake's edit link (stega), which the site's VisualEditing, connected to this Studio, turns
  // into the overlay the helper waited for.
  expect(
    await previewHeading(page).evaluate((element) => /[\u200b-\u200d\ufeff]/.test(element.textContent ?? '')),
  ).toBe(true);

  let liveEventsRequests = 0;
  const countLiveEvents = (request: { url(): string }) => {
    if (request.url().includes('/data/live/events/')) liveEventsRequests += 1;
  };
  page.on('request', countLiveEvents);
  await page.waitForTimeout(QUIET_WINDOW_MS);
  page.off('request', countLiveEvents);
  console.log(
    `live-events requests while Presentation was open for ${QUIET_WINDOW_MS / 1000} s: ${liveEventsRequests}`,
  );
  expect(liveEventsRequests).toBeLessThanOrEqual(MAX_LIVE_EVENTS_REQUESTS);

  await traffic.settled();
  expect(traffic.unknownEndpoints(), 'endpoints the lake does not know').toEqual([]);
  expect([...traffic.unexpectedExternal], 'requests leaving the machine').toEqual([]);
});
