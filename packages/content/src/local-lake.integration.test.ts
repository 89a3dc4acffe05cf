// The contract end to end: the real local Content Lake, loaded with the sample dataset, read through the real
// @sanity/client by the same fetch functions the site uses. What a visitor would see, not an in-memory stand-in.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createClient, type SanityClient } from '@sanity/client';
import { startLake, type RunningLake } from '@clinic/local-lake';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clientFetcher } from './fetcher.ts';
import { fetchArticleBySlug, fetchArticleList } from './article/article.ts';
import { fetchBenefits } from './benefit/benefit.ts';
import { fetchClinics } from './clinic/clinic.ts';
import { fetchHomePage } from './home/home.ts';
import { fetchSiteChrome } from './clinic/clinic.ts';
import { setContentLogger, type DroppedContent } from './logger.ts';
import { lakeClientConfig } from '@clinic/local-lake/settings';
import { loadSeedDataset } from './testing/seed-dataset.ts';

let lake: RunningLake;
let reader: SanityClient;
let writer: SanityClient;
const dropped: DroppedContent[] = [];

beforeAll(async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-contract-'));
  lake = await startLake({ port: 0, tlsPort: null, dataDir, log: () => {} });
  const base = {
    ...lakeClientConfig(lake.url),
    apiVersion: '2025-02-19',
  };
  reader = createClient(base);
  writer = createClient({ ...base, token: lake.token });
  setContentLogger((event) => dropped.push(event));
  // The lake's first query after a start waits for it to finish loading the sample dataset (seconds on a busy
  // machine); that belongs to starting it, not to the behaviour each test checks.
  await reader.fetch('count(*)');
}, 60_000);

afterAll(async () => {
  setContentLogger(null);
  await lake?.close();
});

describe('content read from the local lake', () => {
  it('holds exactly the documents the in-memory test dataset is made of', async () => {
    // The in-memory dataset the contract tests query with groq-js is only a stand-in if it is what the lake holds.
    const withoutSystemFields = ({ _rev, _createdAt, _updatedAt, ...rest }: Record<string, unknown>) => rest;
    const byId = (a: { _id?: unknown }, b: { _id?: unknown }) => String(a._id).localeCompare(String(b._id));
    const inMemory = (await loadSeedDataset()).map(withoutSystemFields).sort(byId);
    const inLake = (
      await writer.fetch<Record<string, unknown>[]>('*[!(_id in path("_.**"))]', {}, { perspective: 'raw' })
    )
      .map(withoutSystemFields)
      .sort(byId);
    expect(inLake.map((document) => document._id)).toEqual(inMemory.map((document) => document._id));
    expect(inLake).toEqual(inMemory);
  });

  it('serves the sample dataset: the home page has the primary clinic, featured articles and benefits', async () => {
    const [home, chrome] = await Promise.all([
      fetchHomePage(clientFetcher(reader)),
      fetchSiteChrome(clientFetcher(reader)),
    ]);
    expect(home.settings?.siteName).toBeTruthy();
    expect(chrome.primaryClinic?.phone).toEqual({
      e164: '+19169159215',
      display: '(916) 915-9215',
      href: 'tel:+19169159215',
    });
    expect(home.benefits.length).toBeGreaterThanOrEqual(6);
    expect(home.latestArticles.length).toBeGreaterThan(0);
  });

  it('pages through at least six published articles, each with its reviewer and review status', async () => {
    const fetcher = clientFetcher(reader);
    const list = await fetchArticleList(fetcher, { page: 1, pageSize: 50 });
    expect(list.total).toBeGreaterThanOrEqual(6);
    const first = list.articles[0]!;
    const article = await fetchArticleBySlug(fetcher, first.slug);
    expect(article?.medicalReviewer?.name).toBeTruthy();
    // The sample reviewer is a placeholder, so the page must not claim a clinician's review.
    expect(article?.review).toEqual({ state: 'notReviewed' });
    expect(article?.references.length).toBeGreaterThan(0);
    expect((await fetchSiteChrome(fetcher)).primaryClinic?.phone?.href).toBe('tel:+19169159215');
  });

  it('keeps drafts out of what visitors read', async () => {
    const [clinic] = await fetchClinics(clientFetcher(reader));
    await writer.createOrReplace({
      ...(await reader.getDocument(clinic!._id))!,
      _id: `drafts.${clinic!._id}`,
      name: 'Unpublished name',
    });
    const again = await fetchClinics(clientFetcher(reader));
    expect(again.map((c) => c.name)).not.toContain('Unpublished name');
  });

  it('drops a malformed phone number from the clinic, logs it, and keeps the rest of the record', async () => {
    const [clinic] = await fetchClinics(clientFetcher(reader));
    await writer.patch(clinic!._id).set({ phone: '916-CALL-NOW' }).commit();
    dropped.length = 0;
    const [broken] = await fetchClinics(clientFetcher(reader));
    expect(broken?.phone).toBeNull();
    expect(broken?.address?.streetAddress).toContain('1010 Hurley Way');
    expect(dropped.some((event) => event.path.includes('phone'))).toBe(true);
    await writer.patch(clinic!._id).set({ phone: '+19169159215' }).commit();
  });

  it('drops a benefit with no valid reference and keeps the others', async () => {
    const before = await fetchBenefits(clientFetcher(reader));
    await writer
      .patch(before[0]!._id)
      .set({ references: [{ _key: 'bad', _type: 'citation', title: '' }] })
      .commit();
    const after = await fetchBenefits(clientFetcher(reader));
    expect(after.map((b) => b._id)).not.toContain(before[0]!._id);
    expect(after).toHaveLength(before.length - 1);
  });
});
