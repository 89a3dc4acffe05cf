// `lastmod` and `dateModified` are when what a visitor reads last changed: a signed-off change moves them, a change
// no visitor can see does not. Checked through the real queries (the sitemap's and the article page's) on the
// sample dataset, by example and over generated edit histories, against a model of what was published when.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { fetchArticleBySlug } from '../article/article.ts';
import { fetchSitemapEntries } from '../sitemap/sitemap.ts';
import { CRPS_ARTICLE_ID, CRPS_SLUG } from '../testing/fixtures.ts';
import { memoryFetcher } from '../testing/memory-fetcher.ts';
import {
  loadSeedDataset,
  seedDocument,
  withDocuments,
  withoutApprovalsOf,
  type SeedDocument,
} from '../testing/seed-dataset.ts';
import { contentModifiedAt } from './modified.ts';

const seed = await loadSeedDataset();
const crps = seedDocument(seed, CRPS_ARTICLE_ID);
const PUBLISHED_AT = '2025-06-02T09:00:00Z';

/** The CRPS article's date as the sitemap and as its own page give it (they must agree). */
async function datesOf(
  dataset: SeedDocument[],
): Promise<{ sitemap: string | undefined; page: string | undefined }> {
  const fetcher = memoryFetcher(dataset);
  const entries = await fetchSitemapEntries(fetcher, 'en');
  const page = await fetchArticleBySlug(fetcher, CRPS_SLUG, 'en');
  return {
    sitemap: entries.articles.find((article) => article._id === CRPS_ARTICLE_ID)?.modifiedAt,
    page: page?.modifiedAt,
  };
}

const signOff = (id: string, at: string, recordedAt: string): SeedDocument => ({
  _id: id,
  _type: 'medicalApproval',
  _createdAt: recordedAt,
  _updatedAt: recordedAt,
  kind: 'nonClinicalChange',
  document: { _type: 'reference', _ref: CRPS_ARTICLE_ID, _weak: true },
  at,
  clinicalFingerprint: 'sha256:' + '0'.repeat(64),
  approvedFingerprint: 'sha256:' + '1'.repeat(64),
  reason: 'typo',
});

describe('when an article last changed', () => {
  it('is its newest sign-off, and a change no visitor can see does not move it', async () => {
    expect(crps.publishedAt).toBe(PUBLISHED_AT);
    // The sample's approval of the CRPS article.
    expect(await datesOf(seed)).toEqual({
      sitemap: '2025-09-30T16:00:00.000Z',
      page: '2025-09-30T16:00:00.000Z',
    });

    // Another reviewer assigned, stored later: `_updatedAt` moves, the date does not.
    const reassigned = {
      ...crps,
      medicalReviewer: { _type: 'reference', _ref: 'person-sample-reviewer-2' },
      _updatedAt: '2026-11-01T12:00:00Z',
    };
    expect(await datesOf(withDocuments(seed, reassigned))).toEqual({
      sitemap: '2025-09-30T16:00:00.000Z',
      page: '2025-09-30T16:00:00.000Z',
    });

    // A typo fix signed off at 09:00 and published at 09:05 moves it to the sign-off.
    const fixed = { ...reassigned, _updatedAt: '2026-11-02T09:05:00Z' };
    const statement = signOff('approval-typo', '2026-11-02T09:00:00.000Z', '2026-11-02T09:00:01Z');
    expect(await datesOf(withDocuments(seed, fixed, statement))).toEqual({
      sitemap: '2026-11-02T09:00:00.000Z',
      page: '2026-11-02T09:00:00.000Z',
    });

    // An approval of a draft not yet published (stored after the published revision) does not count.
    const pending = signOff('approval-pending', '2026-11-03T09:00:00.000Z', '2026-11-03T09:00:01Z');
    expect((await datesOf(withDocuments(seed, fixed, statement, pending))).sitemap).toBe(
      '2026-11-02T09:00:00.000Z',
    );
  });

  it('is the publication date when nothing was signed off since', async () => {
    expect(await datesOf(withoutApprovalsOf(seed, CRPS_ARTICLE_ID))).toEqual({
      sitemap: PUBLISHED_AT,
      page: PUBLISHED_AT,
    });
  });

  it('follows what was published when, over generated edit histories', async () => {
    type Event = { kind: 'invisible' | 'signedPublish' | 'pendingSignOff'; minutes: number };
    const base = Date.parse('2026-01-10T00:00:00Z');
    const iso = (minutes: number) => new Date(base + minutes * 60_000).toISOString();
    const histories = fc
      .tuple(
        fc.array(
          fc.record({
            kind: fc.constantFrom('invisible', 'signedPublish'),
            minutes: fc.integer({ min: 2, max: 600 }),
          }),
          { maxLength: 6 },
        ),
        fc.array(fc.integer({ min: 2, max: 600 }), { maxLength: 2 }),
        fc.integer({ min: -20_000, max: 5_000 }),
      )
      .map(([published, pending, publishedAtOffset]) => ({
        // Drafts awaiting publication come after the last publication.
        events: [
          ...published,
          ...pending.map((minutes) => ({ kind: 'pendingSignOff' as const, minutes })),
        ] as Event[],
        publishedAt: iso(publishedAtOffset),
      }));

    await fc.assert(
      fc.asyncProperty(histories, async ({ events, publishedAt }) => {
        let clock = 0;
        let article: SeedDocument = { ...crps, publishedAt, _updatedAt: iso(0) };
        const records: SeedDocument[] = [];
        let expected = publishedAt;
        for (const [index, event] of events.entries()) {
          clock += event.minutes;
          if (event.kind === 'invisible') {
            article = { ...article, internalNote: `note ${index}`, _updatedAt: iso(clock) };
          } else {
            records.push(signOff(`approval-${index}`, iso(clock), iso(clock)));
            if (event.kind === 'signedPublish') {
              article = { ...article, _updatedAt: iso(clock + 1) };
              if (Date.parse(iso(clock)) > Date.parse(expected)) expected = iso(clock);
              clock += 1;
            }
          }
        }
        const dataset = withDocuments(withoutApprovalsOf(seed, CRPS_ARTICLE_ID), article, ...records);
        expect(await datesOf(dataset)).toEqual({ sitemap: expected, page: expected });
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('ignores a sign-off whose dates cannot be read', () => {
    expect(
      contentModifiedAt(PUBLISHED_AT, '2026-01-01T00:00:00Z', [
        { at: 'soon', recordedAt: '2025-12-01T00:00:00Z' },
      ]),
    ).toBe(PUBLISHED_AT);
  });
});
