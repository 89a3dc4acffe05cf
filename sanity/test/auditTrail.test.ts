// The audit trail read from a real local lake: a reviewer's approval and an editor's "No clinical change"
// statement (written as the Studio's actions write them), then a publish, an unpublish and a delete done through
// the Actions API as the Studio does them, each by a different login. The trail must list each with who and when,
// from the lake's history, and `npm run audit:export` must print the same in CSV and NDJSON.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { clinicalFingerprint } from '@clinic/content/review';
import { startLake, type RunningLake } from '@clinic/local-lake';
import { addUser, lakeClientConfig } from '@clinic/local-lake/settings';
import { createClient, type SanityClient } from '@sanity/client';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { formatEntries, parseExportArguments, UsageError } from '../audit/export.ts';
import { fetchAuditTrail, lifecycleActions, type AuditEntry } from '../audit/trail.ts';
import { approvalRecord, nonClinicalChangeRecord } from '../review/records.ts';

const ARTICLE = 'article-ketamine-for-chronic-pain-what-the-evidence-says';
const SCRIPT = fileURLToPath(new URL('../scripts/audit-export.ts', import.meta.url));
const run = promisify(execFile);

let lake: RunningLake;
let editor: SanityClient;
let reviewer: SanityClient;
let reviewerId: string;
let benefitId: string;
let startedAt: string;

const publish = (client: SanityClient, id: string) =>
  client.action({ actionType: 'sanity.action.document.publish', draftId: `drafts.${id}`, publishedId: id });

beforeAll(async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-trail-'));
  const reviewerUser = addUser(dataDir, 'Medical reviewer');
  reviewerId = reviewerUser.id;
  lake = await startLake({ port: 0, tlsPort: null, dataDir, log: () => {} });
  const base = { ...lakeClientConfig(lake.url), apiVersion: '2025-02-19', useCdn: false };
  editor = createClient({ ...base, token: lake.token });
  reviewer = createClient({ ...base, token: reviewerUser.token });
  await editor.fetch('count(*)');
  startedAt = new Date().toISOString();
  benefitId = 'benefit-audit-trail';

  // An administrator links the reviewer's login to a real person.
  await editor.create({
    _id: 'person-audit-reviewer',
    _type: 'person',
    name: 'Dana Reyes',
    credentials: 'MD',
    studioUserId: reviewerId,
  });
  const article = await editor.getDocument(ARTICLE);
  const version = {
    documentId: ARTICLE,
    documentType: 'article',
    language: 'en',
    revision: article!._rev,
    clinicalFingerprint: clinicalFingerprint(article),
  };
  await reviewer.create(
    approvalRecord(version, {
      userId: reviewerId,
      userName: 'Medical reviewer',
      personId: 'person-audit-reviewer',
    }),
  );
  // The editor fixes a typo in a draft, states it is no clinical change (a comma in the reason), and publishes.
  const draft = { ...article!, _id: `drafts.${ARTICLE}`, excerpt: `${String(article!.excerpt)} ` };
  await editor.createOrReplace(draft);
  await editor.create(
    nonClinicalChangeRecord(
      { ...version, clinicalFingerprint: clinicalFingerprint(draft) },
      { userId: 'p-local-editor', userName: 'Editor' },
      version.clinicalFingerprint,
      'Trailing space, no change of meaning',
    ),
  );
  await publish(editor, ARTICLE);
  // The editor publishes a new benefit, the reviewer unpublishes it, and the editor deletes it.
  await editor.create({
    _id: `drafts.${benefitId}`,
    _type: 'benefit',
    title: 'A benefit to retire',
    language: 'en',
  });
  await publish(editor, benefitId);
  await reviewer.action({
    actionType: 'sanity.action.document.unpublish',
    draftId: `drafts.${benefitId}`,
    publishedId: benefitId,
  });
  await editor.action({
    actionType: 'sanity.action.document.delete',
    includeDrafts: [`drafts.${benefitId}`],
    publishedId: benefitId,
  });
}, 120_000);

afterAll(async () => {
  await lake?.close();
});

const summary = (entries: AuditEntry[]) =>
  entries
    .filter((entry) => entry.at >= startedAt)
    .map((entry) => `${entry.action} ${entry.documentId} by ${entry.userId} (${entry.userName})`);

describe('the audit trail of the local lake', () => {
  it('lists approvals, statements, publish, unpublish and delete in order, with who did each', async () => {
    const entries = await fetchAuditTrail(editor);
    expect(summary(entries)).toEqual([
      `approval ${ARTICLE} by ${reviewerId} (Medical reviewer)`,
      `nonClinicalChange ${ARTICLE} by p-local-editor (Editor)`,
      `publish ${ARTICLE} by p-local-editor (Editor)`,
      `publish ${benefitId} by p-local-editor (Editor)`,
      `unpublish ${benefitId} by ${reviewerId} (Medical reviewer)`,
      `delete ${benefitId} by p-local-editor (Editor)`,
    ]);
    const statement = entries.find((entry) => entry.action === 'nonClinicalChange')!;
    expect(statement).toMatchObject({
      reason: 'Trailing space, no change of meaning',
      documentType: 'article',
      language: 'en',
    });
    // The deleted benefit keeps its place in the trail although the document is gone.
    expect(await editor.getDocument(benefitId)).toBeUndefined();
    for (const entry of entries) expect(Number.isNaN(Date.parse(entry.at))).toBe(false);
  });

  it('narrows to one article, and to entries since a time', async () => {
    const forArticle = await fetchAuditTrail(editor, { documentId: ARTICLE });
    expect(new Set(forArticle.map((entry) => entry.documentId))).toEqual(new Set([ARTICLE]));
    expect(summary(forArticle)).toHaveLength(3);
    const recent = await fetchAuditTrail(editor, { since: startedAt });
    expect(recent.length).toBeGreaterThanOrEqual(5);
    expect(recent.every((entry) => entry.at >= startedAt)).toBe(true);
  });

  it('prints the same trail from `npm run audit:export` as NDJSON and as CSV', async () => {
    const env = {
      ...process.env,
      LOCAL_LAKE_URL: lake.url,
      LOCAL_LAKE_TOKEN: lake.token,
      SANITY_PROJECT_ID: '',
      NEXT_PUBLIC_SANITY_PROJECT_ID: '',
    };
    const expected = await fetchAuditTrail(editor, { since: startedAt });
    const ndjson = await run(process.execPath, [SCRIPT, '--since', startedAt, '--format', 'ndjson'], { env });
    expect(
      ndjson.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual(expected);
    expect(ndjson.stderr).toContain(`${expected.length} entries from the local lake at ${lake.url}`);
    const csv = await run(process.execPath, [SCRIPT, '--since', startedAt], { env });
    expect(csv.stdout).toBe(formatEntries(expected, 'csv'));
    const lines = csv.stdout.trim().split('\n');
    expect(lines[0]).toBe(
      'at,action,documentType,documentId,language,title,userId,userName,personId,reason,revision,clinicalFingerprint',
    );
    expect(lines).toHaveLength(expected.length + 1);
    expect(csv.stdout).toContain('"Trailing space, no change of meaning"');
  });

  it('refuses unknown arguments and dates with a clear message and exit code 2', async () => {
    expect(() => parseExportArguments(['--since', 'last tuesday'])).toThrow(UsageError);
    expect(() => parseExportArguments(['--format', 'xml'])).toThrow('--format is one of csv, ndjson');
    expect(parseExportArguments([])).toEqual({ format: 'csv' });
    const failure = await run(process.execPath, [SCRIPT, '--format', 'xml']).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--format is one of csv, ndjson'),
    });
  });
});

describe('which history events are a publish, unpublish or delete', () => {
  const event = (type: string, minute: number) => ({
    type,
    author: 'p-x',
    timestamp: `2026-01-01T00:0${minute}:00Z`,
  });
  const actions = (events: ReturnType<typeof event>[], publishedNow: boolean) =>
    lifecycleActions(events, publishedNow).map((item) => item.action);

  it('counts discarding the draft of a published document as nothing, and of an unpublished one as a delete', () => {
    const edit = [event('createDocumentVersion', 2), event('deleteDocumentVersion', 3)];
    expect(actions([event('publishDocumentVersion', 1), ...edit], true)).toEqual(['publish']);
    expect(actions([event('unpublishDocument', 1), ...edit], false)).toEqual(['unpublish', 'delete']);
    // No publish or unpublish in the history (a document imported as published): what it is now decides.
    expect(actions(edit, true)).toEqual([]);
    expect(actions(edit, false)).toEqual(['delete']);
    expect(actions([event('deleteDocumentGroup', 4), event('publishDocumentVersion', 1)], false)).toEqual([
      'publish',
      'delete',
    ]);
  });
});
