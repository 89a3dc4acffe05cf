/** @jest-environment node */
// The site says only what happened. Generated histories of one article (clinical and non-clinical edits, approvals
// by real and placeholder reviewers, editors' "no clinical change" statements, publishes by different people) are
// written to the real local lake as the Studio writes them; after every publish the site's own page, JSON-LD and
// feed, read through the real fetch code, must equal a small reference model of the history, one that knows
// nothing of fingerprints: it counts clinical versions.
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { createClient, type SanityClient } from '@sanity/client';
import type { ContentFetcher } from '@clinic/content';
import { clinicalFingerprint } from '@clinic/content/review';
import { startLake, type RunningLake } from '@clinic/local-lake';
import { lakeClientConfig } from '@clinic/local-lake/settings';
import fc from 'fast-check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';

let fetcher: ContentFetcher | null = null;
jest.unstable_mockModule('server-only', () => ({}));
jest.unstable_mockModule('@/content-client/fetch', () => ({
  contentFetcher: ((request) => fetcher!(request)) as ContentFetcher,
}));
const { ArticlePageView } = await import('./ArticlePageView.tsx');
const { feedResponse } = await import('@/feeds/feed');
const { escapeXml } = await import('@/feeds/xml');

const ARTICLE_ID = 'article-ketamine-for-crps-what-to-expect';
const SLUG = 'ketamine-for-crps-what-to-expect';
const PEOPLE = {
  ada: { _id: 'person-ada', name: 'Dr. Ada Lee', credentials: 'MD', real: true },
  ben: { _id: 'person-ben', name: 'Dr. Ben Ortiz', credentials: 'DO, anesthesiologist', real: true },
  sample: {
    _id: 'person-sample-reviewer',
    name: 'Sample Reviewer (placeholder)',
    credentials: 'Placeholder',
    real: false,
  },
  editor: {
    _id: 'person-sample-author',
    name: 'Sample Author (placeholder)',
    credentials: 'Placeholder',
    real: false,
  },
} as const;
type Who = keyof typeof PEOPLE;

type Step =
  | { kind: 'edit'; clinical: boolean; by: Who }
  | { kind: 'approve'; by: Who }
  | { kind: 'statement'; by: Who }
  | { kind: 'publish'; by: Who };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    kind: fc.constant('edit' as const),
    clinical: fc.boolean(),
    by: fc.constantFrom<Who>('editor', 'ada'),
  }),
  fc.record({ kind: fc.constant('approve' as const), by: fc.constantFrom<Who>('ada', 'ben', 'sample') }),
  fc.record({ kind: fc.constant('statement' as const), by: fc.constantFrom<Who>('editor', 'ben') }),
  fc.record({ kind: fc.constant('publish' as const), by: fc.constantFrom<Who>('editor', 'ada', 'ben') }),
);

// ---- The reference model: versions of the clinical content, approvals of versions, statements between versions.
type Model = {
  draftVersion: number;
  publishedVersion: number;
  approvals: { version: number; who: Who; day: string }[];
  statements: { version: number; approvedVersion: number }[];
};

const longDate = (day: string) =>
  new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T12:00:00Z`),
  );

/** What the page must say, and what its JSON-LD must carry, for the published version of the model. */
function expected(model: Model): { line: string; reviewedBy: string | null; lastReviewed: string | null } {
  const same = new Set([model.publishedVersion]);
  for (let grown = true; grown;) {
    grown = false;
    for (const { version, approvedVersion } of model.statements) {
      if (same.has(version) && !same.has(approvedVersion)) {
        same.add(approvedVersion);
        grown = true;
      }
    }
  }
  const real = model.approvals.filter((approval) => PEOPLE[approval.who].real).reverse(); // newest first
  const matching = real.find((approval) => same.has(approval.version));
  if (matching) {
    const person = PEOPLE[matching.who];
    return {
      line: `Medically reviewed by ${person.name}, ${person.credentials}, on ${longDate(matching.day)}. How we review articles`,
      reviewedBy: person.name,
      lastReviewed: matching.day,
    };
  }
  if (real[0]) {
    return {
      line: `Updated after its medical review on ${longDate(real[0].day)}; the changes have not been reviewed by a clinician. How we review articles`,
      reviewedBy: null,
      lastReviewed: null,
    };
  }
  return {
    line: 'Not yet reviewed by a clinician. How we review articles',
    reviewedBy: null,
    lastReviewed: null,
  };
}

// ---- The real parts.
let lake: RunningLake;
let writer: SanityClient;
let base: Record<string, unknown> & { _id: string; _type: string };

beforeAll(async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'review-history-'));
  lake = await startLake({ port: 0, tlsPort: null, dataDir, log: () => {} });
  const config = { ...lakeClientConfig(lake.url), apiVersion: '2025-02-19', useCdn: false };
  writer = createClient({ ...config, token: lake.token });
  const reader = createClient(config);
  // As @clinic/content's clientFetcher reads: the published perspective, the request's label as the tag.
  fetcher = <T,>({ query, params, label }: Parameters<ContentFetcher>[0]) =>
    reader.fetch<T>(query, params ?? {}, { perspective: 'published', tag: label ?? 'content' });
  base = (await writer.getDocument(ARTICLE_ID)) as typeof base;
  await writer.createOrReplace({
    _id: 'person-ada',
    _type: 'person',
    name: PEOPLE.ada.name,
    credentials: PEOPLE.ada.credentials,
    studioUserId: 'user-ada',
  });
  await writer.createOrReplace({
    _id: 'person-ben',
    _type: 'person',
    name: PEOPLE.ben.name,
    credentials: PEOPLE.ben.credentials,
    studioUserId: 'user-ben',
  });
}, 120_000);

afterAll(async () => {
  await lake?.close();
});

/** Writes a fresh start: the article as in the sample, with no approval records at all. */
async function reset(): Promise<void> {
  const old = await writer.fetch<string[]>('*[_type == "medicalApproval" && document._ref == $id]._id', {
    id: ARTICLE_ID,
  });
  const transaction = writer.transaction();
  for (const id of old) transaction.delete(id);
  transaction.createOrReplace({ ...base, _id: ARTICLE_ID });
  await transaction.commit();
}

function pageOf(html: string) {
  const line = /<p class="reviewer">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
  const text = line
    .replace(/<[^>]+>/g, '')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');
  const graph = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap(
    (match) => (JSON.parse(match[1]!) as { '@graph'?: Record<string, unknown>[] })['@graph'] ?? [],
  );
  const webPage = graph.find((node) => node['@type'] === 'MedicalWebPage') ?? {};
  return {
    line: text,
    reviewedBy: ((webPage.reviewedBy as { name?: string } | undefined)?.name ?? null) as string | null,
    lastReviewed: (webPage.lastReviewed ?? null) as string | null,
  };
}

/** Replays `steps` on the lake as the Studio would write them, checking the site against the model at every publish. */
async function replay(steps: Step[]): Promise<void> {
  await reset();
  const draft = structuredClone(base);
  const model: Model = { draftVersion: 0, publishedVersion: 0, approvals: [], statements: [] };
  let day = 1;
  let edits = 0;
  for (const [index, current] of steps.entries()) {
    const on = `2026-10-${String(day++).padStart(2, '0')}`;
    if (current.kind === 'edit') {
      edits += 1;
      if (current.clinical) {
        draft.excerpt = `${String(base.excerpt)} Revision ${edits}.`;
        model.draftVersion = edits;
      } else {
        draft.featured = edits % 2 === 1;
        draft.publishedAt = `2026-01-${String(1 + (edits % 28)).padStart(2, '0')}T09:00:00Z`;
      }
    } else if (current.kind === 'approve') {
      await writer.create({
        _id: `approval-${index}`,
        _type: 'medicalApproval',
        kind: 'approval',
        document: { _type: 'reference', _ref: ARTICLE_ID, _weak: true },
        documentType: 'article',
        language: 'en',
        person: { _type: 'reference', _ref: PEOPLE[current.by]._id, _weak: true },
        userId: `user-${current.by}`,
        userName: PEOPLE[current.by].name,
        at: `${on}T12:00:00.000Z`,
        revision: `draft-${index}`,
        clinicalFingerprint: clinicalFingerprint(draft),
      });
      model.approvals.push({ version: model.draftVersion, who: current.by, day: on });
    } else if (current.kind === 'statement') {
      // An editor states the draft equals, clinically, the newest approved content (whoever approved it).
      const named = model.approvals.at(-1);
      if (!named) continue;
      const approved = await writer.fetch<string>(
        '*[_type == "medicalApproval" && kind == "approval" && document._ref == $id] | order(at desc)[0].clinicalFingerprint',
        { id: ARTICLE_ID },
      );
      await writer.create({
        _id: `approval-${index}`,
        _type: 'medicalApproval',
        kind: 'nonClinicalChange',
        document: { _type: 'reference', _ref: ARTICLE_ID, _weak: true },
        documentType: 'article',
        language: 'en',
        person: { _type: 'reference', _ref: PEOPLE[current.by]._id, _weak: true },
        userId: `user-${current.by}`,
        userName: PEOPLE[current.by].name,
        at: `${on}T12:00:00.000Z`,
        revision: `draft-${index}`,
        clinicalFingerprint: clinicalFingerprint(draft),
        approvedFingerprint: approved,
        reason: 'Wording only',
      });
      model.statements.push({ version: model.draftVersion, approvedVersion: named.version });
    } else {
      await writer.createOrReplace({ ...draft, _id: ARTICLE_ID });
      model.publishedVersion = model.draftVersion;
      const page = pageOf(renderToStaticMarkup(await ArticlePageView({ slug: SLUG, locale: 'en' })));
      expect({ steps: steps.slice(0, index + 1), ...page }).toEqual({
        steps: steps.slice(0, index + 1),
        ...expected(model),
      });
      const feed = await (await feedResponse('en')).text();
      expect(feed).toContain(`<description>${escapeXml(String(draft.excerpt))}</description>`);
      expect(feed).not.toMatch(/reviewed/i);
    }
  }
}

const publishedAfter = (...steps: Step[]) => [...steps, { kind: 'publish', by: 'editor' } as Step];

describe('the review line, JSON-LD and feed over histories', () => {
  it('say reviewed, then changed, then reviewed again after a "no clinical change" statement names the approval', async () => {
    await replay([
      ...publishedAfter({ kind: 'approve', by: 'ada' }),
      ...publishedAfter({ kind: 'edit', clinical: true, by: 'editor' }),
      ...publishedAfter({ kind: 'statement', by: 'editor' }),
    ]);
  }, 120_000);

  it('say not reviewed for a placeholder approval, and name the newest real approval of the exact text', async () => {
    await replay([
      ...publishedAfter({ kind: 'approve', by: 'sample' }),
      ...publishedAfter(
        { kind: 'approve', by: 'ben' },
        { kind: 'edit', clinical: false, by: 'editor' },
        { kind: 'approve', by: 'ada' },
      ),
      ...publishedAfter({ kind: 'edit', clinical: true, by: 'ada' }, { kind: 'approve', by: 'sample' }),
    ]);
  }, 120_000);

  it('equal the reference model after every publish of any generated history', async () => {
    await fc.assert(fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 10 }), replay), {
      numRuns: 30,
    });
  }, 600_000);
});
