import { expect, test } from '@playwright/test';
import { configureRevalidationWebhook, mutate, query, removeWebhooks, signWebhookBody } from './support/lake-admin.ts';
import { SAMPLE_ARTICLE } from './support/pages.ts';

// A published edit reaches the running production build within seconds, with no rebuild: the lake calls the
// site's signed /api/revalidate webhook, which expires the cache tags of the changed document.

const ARTICLE_ID = 'article-ketamine-for-crps-what-to-expect';
const CLINIC_ID = 'clinic-propel-sacramento';
const NEW_PHONE = '+19165550123';
const NEW_PHONE_SHOWN = '(916) 555-0123';

test.describe.configure({ mode: 'serial' });

test.describe('freshness after publishing', () => {
  let original: { title: string; phone: string };

  test.beforeAll(async () => {
    const [article, clinic] = await Promise.all([
      query<{ title: string }>('*[_id == $id][0]{title}', { id: ARTICLE_ID }),
      query<{ phone: string }>('*[_id == $id][0]{phone}', { id: CLINIC_ID }),
    ]);
    original = { title: article.title, phone: clinic.phone };
  });

  test.afterAll(async ({ baseURL }) => {
    // Put the sample content back (the webhook is on by now) so later specs see what they expect.
    await mutate([
      { patch: { id: ARTICLE_ID, set: { title: original.title } } },
      { patch: { id: CLINIC_ID, set: { phone: original.phone } } },
    ]);
    await expect
      .poll(async () => (await fetch(`${baseURL}/contact`).then((r) => r.text())).includes(`tel:${original.phone}`), {
        timeout: 15_000,
      })
      .toBe(true);
  });

  test('a published article title and clinic phone show up on the public pages within seconds', async ({ page, baseURL }) => {
    await page.goto(SAMPLE_ARTICLE);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(original.title);

    // Without a webhook the site keeps serving what it has cached: the change is not visible yet.
    removeWebhooks();
    const unseenTitle = `${original.title} (draft wording)`;
    await mutate([{ patch: { id: ARTICLE_ID, set: { title: unseenTitle } } }]);
    await page.waitForTimeout(1500);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(original.title);

    configureRevalidationWebhook(baseURL!);
    const newTitle = `${original.title} — updated ${Date.now()}`;
    await mutate([
      { patch: { id: ARTICLE_ID, set: { title: newTitle } } },
      { patch: { id: CLINIC_ID, set: { phone: NEW_PHONE } } },
    ]);
    const published = Date.now();

    await expect(async () => {
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(newTitle, { timeout: 500 });
    }).toPass({ timeout: 10_000, intervals: [250, 500] });
    const titleSeconds = (Date.now() - published) / 1000;

    await page.goto('/contact');
    await expect(async () => {
      await page.reload();
      await expect(page.locator(`main a[href="tel:${NEW_PHONE}"]`).first()).toContainText(NEW_PHONE_SHOWN, { timeout: 500 });
    }).toPass({ timeout: 10_000, intervals: [250, 500] });
    await expect(page.locator(`main a[href="tel:${original.phone}"]`)).toHaveCount(0);
    test.info().annotations.push({ type: 'freshness', description: `new title visible after ${titleSeconds.toFixed(1)} s` });
  });
});

test.describe('the revalidation webhook refuses what it cannot trust', () => {
  const body = JSON.stringify({ _type: 'clinic' });

  test('no signature, a wrong or a stale signature: 401', async ({ request }) => {
    const attempts: Record<string, string>[] = [
      {},
      { 'sanity-webhook-signature': signWebhookBody(body, Date.now(), 'a-different-secret-value-123') },
      { 'sanity-webhook-signature': signWebhookBody(body, Date.now() - 6 * 60 * 1000) },
    ];
    for (const headers of attempts) {
      const response = await request.post('/api/revalidate', { headers: { 'content-type': 'application/json', ...headers }, data: Buffer.from(body) });
      expect(response.status()).toBe(401);
    }
  });

  test('an oversized body: 413; a signed body that is not JSON: 400; a good one names its tags', async ({ request }) => {
    const huge = JSON.stringify({ _type: 'clinic', padding: 'x'.repeat(100 * 1024) });
    const tooLarge = await request.post('/api/revalidate', {
      headers: { 'content-type': 'application/json', 'sanity-webhook-signature': signWebhookBody(huge) },
      data: Buffer.from(huge),
    });
    expect(tooLarge.status()).toBe(413);

    const broken = '{"_type": "clinic"';
    const malformed = await request.post('/api/revalidate', {
      headers: { 'content-type': 'application/json', 'sanity-webhook-signature': signWebhookBody(broken) },
      data: Buffer.from(broken),
    });
    expect(malformed.status()).toBe(400);

    const good = await request.post('/api/revalidate', {
      headers: { 'content-type': 'application/json', 'sanity-webhook-signature': signWebhookBody(body) },
      data: Buffer.from(body),
    });
    expect(good.status()).toBe(200);
    expect(await good.json()).toEqual({ revalidated: true, tags: ['clinic'] });
  });
});
