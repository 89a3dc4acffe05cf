// The Studio's publish gate after a medical review: which article versions may be published, decided from the
// approvals recorded for them. Checked on a real sample article (its fingerprint computed by @clinic/content),
// and over generated histories of edits, approvals and statements against a small model of what happened.
import { describe, expect, it } from '@jest/globals';
import { clinicalFingerprint } from '@clinic/content/review';
import fc from 'fast-check';
import {
  approverFor,
  publishGate,
  sourceChangedSinceTranslation,
  type ApprovalRecord,
  type ReviewPerson,
} from '../review/gate.ts';
import { approvalRecord, nonClinicalChangeRecord, type ApprovedVersion } from '../review/records.ts';
import { readSeedDocuments, type SeedDocument } from './support/seed.ts';

const REVIEWER: ReviewPerson = {
  _id: 'person-reviewer',
  name: 'Dana Reyes',
  credentials: 'MD',
  studioUserId: 'p-medical-reviewer',
};
const PLACEHOLDER: ReviewPerson = {
  _id: 'person-placeholder',
  name: 'Sample Reviewer',
  credentials: 'MD',
  isSamplePlaceholder: true,
  studioUserId: 'p-sample',
};
const EDITOR: ReviewPerson = { _id: 'person-editor', name: 'Eddie Tor', studioUserId: 'p-local-editor' };
const PEOPLE = [REVIEWER, PLACEHOLDER, EDITOR];

const seed = readSeedDocuments();
const ARTICLE = seed.find(
  (document) => document._id === 'article-ketamine-for-chronic-pain-what-the-evidence-says',
) as SeedDocument;

type Block = { _type: string; children?: Array<{ _type: string; text: string }> };

/** The article with its first body sentence rewritten, as an editor typing in the Studio would. */
function withFirstSentence(document: SeedDocument, sentence: string): SeedDocument {
  const body = structuredClone(document.body) as Block[];
  const block = body.find((item) => item._type === 'block' && item.children?.length);
  block!.children![0]!.text = sentence;
  return { ...document, body };
}

const versionOf = (document: SeedDocument, revision: string): ApprovedVersion => ({
  documentId: document._id,
  documentType: 'article',
  language: 'en',
  revision,
  clinicalFingerprint: clinicalFingerprint(document),
});

let clock = Date.parse('2026-01-01T00:00:00Z');
const nextTime = () => new Date((clock += 60_000));

const approve = (document: SeedDocument, person = REVIEWER, revision = 'rev-a') =>
  approvalRecord(
    versionOf(document, revision),
    { userId: person.studioUserId!, userName: person.name, personId: person._id },
    { at: nextTime() },
  );

describe('the publish gate on a sample article', () => {
  it('lets the approved content through and names the reviewer', () => {
    const approvals = [approve(ARTICLE)];
    const gate = publishGate({ fingerprint: clinicalFingerprint(ARTICLE), approvals, people: PEOPLE });
    expect(gate).toMatchObject({ state: 'reviewed', allowed: true, reviewerName: 'Dana Reyes' });
  });

  it('holds back a version whose body sentence changed after the approval, until a new approval', () => {
    const approvals: ApprovalRecord[] = [approve(ARTICLE)];
    const edited = withFirstSentence(ARTICLE, 'Ketamine cures chronic pain in every patient.');
    const before = publishGate({ fingerprint: clinicalFingerprint(edited), approvals, people: PEOPLE });
    expect(before).toMatchObject({ state: 'changedSinceReview', allowed: false });
    expect(before.state === 'changedSinceReview' && before.lastApproval._id).toBe(approvals[0]!._id);

    approvals.push(approve(edited, REVIEWER, 'rev-b'));
    expect(publishGate({ fingerprint: clinicalFingerprint(edited), approvals, people: PEOPLE }).allowed).toBe(
      true,
    );
  });

  it('lets an editor\'s "No clinical change" statement, with its reason, through in place of an approval', () => {
    const approvals: ApprovalRecord[] = [approve(ARTICLE)];
    const typo = withFirstSentence(ARTICLE, 'A typo fixed in the first sentence.');
    const version = versionOf(typo, 'rev-typo');
    const statement = nonClinicalChangeRecord(
      version,
      { userId: 'p-local-editor', userName: 'Editor', personId: EDITOR._id },
      clinicalFingerprint(ARTICLE),
      '  Spelling of "ketamine" fixed  ',
      nextTime(),
    );
    expect(statement).toMatchObject({
      kind: 'nonClinicalChange',
      reason: 'Spelling of "ketamine" fixed',
      userName: 'Editor',
    });
    approvals.push(statement);
    expect(
      publishGate({ fingerprint: version.clinicalFingerprint, approvals, people: PEOPLE }),
    ).toMatchObject({
      state: 'reviewed',
      reviewerName: 'Dana Reyes',
    });
    expect(() =>
      nonClinicalChangeRecord(version, { userId: 'p-local-editor', userName: 'Editor' }, 'sha256:x', ' \n'),
    ).toThrow('needs a reason');
  });

  it('does not hold back content only a sample placeholder approved: the site says it is not reviewed', () => {
    const edited = withFirstSentence(ARTICLE, 'Another sentence.');
    const approvals = [approve(ARTICLE, PLACEHOLDER)];
    expect(publishGate({ fingerprint: clinicalFingerprint(edited), approvals, people: PEOPLE })).toEqual({
      state: 'notReviewed',
      allowed: true,
    });
  });

  it('ignores a change to a field that is not clinical (the URL slug)', () => {
    const approvals = [approve(ARTICLE)];
    const moved = { ...ARTICLE, slug: { _type: 'slug', current: 'a-new-address' } };
    expect(publishGate({ fingerprint: clinicalFingerprint(moved), approvals, people: PEOPLE }).allowed).toBe(
      true,
    );
  });

  it('writes records without dots in their ids and with weak references', () => {
    const record = approve(ARTICLE);
    expect(record._id).toMatch(/^approval-[0-9a-f-]{36}$/);
    expect(record).toMatchObject({
      _type: 'medicalApproval',
      document: { _ref: ARTICLE._id, _weak: true },
      person: { _ref: REVIEWER._id, _weak: true },
      userId: 'p-medical-reviewer',
      revision: 'rev-a',
      clinicalFingerprint: clinicalFingerprint(ARTICLE),
    });
  });
});

describe('who may approve', () => {
  it('is the person linked to the signed-in user, with credentials, not a placeholder', () => {
    expect(approverFor('p-medical-reviewer', PEOPLE)).toEqual({ person: REVIEWER });
    expect(approverFor('p-local-editor', PEOPLE)).toEqual({
      reason: 'Eddie Tor has no credentials; add them before approving.',
    });
    expect(approverFor('p-sample', PEOPLE)).toEqual({
      reason: 'Sample Reviewer is a sample placeholder and cannot approve.',
    });
    expect(approverFor('p-marketing', PEOPLE)).toMatchObject({
      reason: expect.stringContaining('not linked to a person'),
    });
    expect(
      approverFor('p-x', [
        { ...REVIEWER, studioUserId: 'p-x' },
        { ...EDITOR, studioUserId: 'p-x' },
      ]),
    ).toMatchObject({
      reason: expect.stringContaining('linked to 2 people'),
    });
  });
});

describe('a translation whose source changed', () => {
  it('is flagged when the English source fingerprint differs from the one its approval recorded', () => {
    const english = clinicalFingerprint(ARTICLE);
    const spanish = approvalRecord(
      { ...versionOf(ARTICLE, 'rev-es'), documentId: 'article-es', language: 'es' },
      { userId: REVIEWER.studioUserId!, userName: REVIEWER.name, personId: REVIEWER._id },
      { sourceFingerprint: english, at: nextTime() },
    );
    expect(
      sourceChangedSinceTranslation({ translationApprovals: [spanish], sourceFingerprint: english }).changed,
    ).toBe(false);
    const changedSource = clinicalFingerprint(withFirstSentence(ARTICLE, 'Changed in English.'));
    expect(
      sourceChangedSinceTranslation({ translationApprovals: [spanish], sourceFingerprint: changedSource }),
    ).toMatchObject({
      changed: true,
      approval: { _id: spanish._id },
    });
    expect(
      sourceChangedSinceTranslation({ translationApprovals: [], sourceFingerprint: changedSource }).changed,
    ).toBe(false);
  });
});

// A small model of what happened to one article: clinical versions are numbered (an edit that changes the
// clinical text makes a new one); the model remembers which versions a real reviewer approved and which a
// statement declared equal to another. A version may be published iff no real approval exists, or it is approved,
// or a chain of statements leads from it to an approved version.
type Step =
  | { kind: 'clinicalEdit' }
  | { kind: 'otherEdit' }
  | { kind: 'approve'; by: 'reviewer' | 'placeholder' }
  | { kind: 'statement' };

const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  fc.constant({ kind: 'clinicalEdit' } as const),
  fc.constant({ kind: 'otherEdit' } as const),
  fc.constantFrom('reviewer', 'placeholder').map((by) => ({ kind: 'approve', by }) as const),
  fc.constant({ kind: 'statement' } as const),
);

describe('generated histories of one article', () => {
  it('publish is allowed exactly when the model says the version on screen is reviewed or never was', () => {
    fc.assert(
      fc.property(fc.array(stepArbitrary, { maxLength: 14 }), (steps) => {
        let document: SeedDocument = ARTICLE;
        let version = 0;
        let edits = 0;
        const approved = new Set<number>();
        const equalTo = new Map<number, number[]>();
        let lastApprovedVersion: number | null = null;
        const approvals: ApprovalRecord[] = [];
        const modelAllows = () => {
          if (approved.size === 0) return true;
          const seen = new Set([version]);
          const queue = [version];
          while (queue.length) {
            const current = queue.pop()!;
            if (approved.has(current)) return true;
            for (const next of equalTo.get(current) ?? []) {
              if (seen.has(next)) continue;
              seen.add(next);
              queue.push(next);
            }
          }
          return false;
        };
        for (const step of steps) {
          if (step.kind === 'clinicalEdit') {
            document = withFirstSentence(document, `Clinical wording number ${++version}.`);
          } else if (step.kind === 'otherEdit') {
            document = { ...document, slug: { _type: 'slug', current: `address-${++edits}` } };
          } else if (step.kind === 'approve') {
            approvals.push(approve(document, step.by === 'reviewer' ? REVIEWER : PLACEHOLDER));
            if (step.by === 'reviewer') {
              approved.add(version);
              lastApprovedVersion = version;
            }
          } else {
            const gate = publishGate({
              fingerprint: clinicalFingerprint(document),
              approvals,
              people: PEOPLE,
            });
            // The Studio offers the statement only while the version is changed since its review.
            if (gate.state !== 'changedSinceReview') continue;
            approvals.push(
              nonClinicalChangeRecord(
                versionOf(document, 'rev'),
                { userId: 'p-local-editor', userName: 'Editor' },
                gate.lastApproval.clinicalFingerprint,
                'typo',
                nextTime(),
              ),
            );
            equalTo.set(version, [...(equalTo.get(version) ?? []), lastApprovedVersion!]);
          }
          const gate = publishGate({ fingerprint: clinicalFingerprint(document), approvals, people: PEOPLE });
          expect(gate.allowed).toBe(modelAllows());
          expect(gate.state === 'changedSinceReview').toBe(approved.size > 0 && !modelAllows());
        }
      }),
      { numRuns: 60 },
    );
  });
});
