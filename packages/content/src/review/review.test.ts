// The review module on worked examples: what changes the fingerprint and what the rule says in each state.
// The generated (property) tests over every clinical and non-clinical field are in review.property.test.ts.
import { describe, expect, it } from '@jest/globals';
import { clinicalContent, clinicalFingerprint, reviewStatus, type ApprovalRecord } from './index.ts';

const article = {
  _id: 'article-dose',
  _rev: 'r1',
  _type: 'article',
  title: 'Ketamine dosing',
  excerpt: 'How doses are chosen.',
  slug: { _type: 'slug', current: 'ketamine-dosing' },
  body: [
    {
      _type: 'block',
      _key: 'b1',
      style: 'normal',
      markDefs: [{ _type: 'citation', _key: 'c1', referenceKey: 'ref1' }],
      children: [
        { _type: 'span', _key: 's1', text: 'The usual dose is ', marks: [] },
        { _type: 'span', _key: 's2', text: '0.5 mg/kg', marks: ['c1'] },
      ],
    },
  ],
  references: [{ _key: 'ref1', _type: 'citation', title: 'A trial', source: 'NEJM', year: 2020 }],
  risks: ['Raised blood pressure'],
};

const fingerprint = clinicalFingerprint(article);
const people = [
  { _id: 'person-dr', name: 'Dr Ada Lee', credentials: 'MD' },
  {
    _id: 'person-sample',
    name: 'Sample Reviewer (placeholder)',
    credentials: 'MD',
    isSamplePlaceholder: true,
  },
];
const approval = (over: Partial<ApprovalRecord>): ApprovalRecord => ({
  kind: 'approval',
  person: { _ref: 'person-dr' },
  at: '2026-01-10T09:00:00Z',
  clinicalFingerprint: fingerprint,
  ...over,
});

describe('clinicalFingerprint', () => {
  it('is "sha256:" and 64 hex digits', () => {
    expect(fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('changes when one word of a dose sentence changes', () => {
    const edited = structuredClone(article);
    edited.body[0]!.children[1]!.text = '5 mg/kg';
    expect(clinicalFingerprint(edited)).not.toBe(fingerprint);
  });

  it('ignores keys, revisions, the draft prefix, the slug and split spans', () => {
    const stored = structuredClone(article) as typeof article & Record<string, unknown>;
    stored._id = 'drafts.article-dose';
    stored._rev = 'r2';
    stored.slug.current = 'dosing';
    stored.body[0]!._key = 'other';
    stored.body[0]!.children = [
      { _type: 'span', _key: 'x1', text: 'The usual ', marks: [] },
      { _type: 'span', _key: 'x2', text: 'dose is ', marks: [] },
      { _type: 'span', _key: 'x3', text: '0.5 mg/kg', marks: ['c9'] },
    ];
    stored.body[0]!.markDefs = [{ _type: 'citation', _key: 'c9', referenceKey: 'k9' }];
    stored.references = [{ ...article.references[0]!, _key: 'k9' }];
    expect(clinicalFingerprint(stored)).toBe(fingerprint);
  });

  it('changes when a citation points at another reference', () => {
    const moved = structuredClone(article);
    moved.references.push({
      _key: 'ref2',
      _type: 'citation',
      title: 'A review',
      source: 'Cochrane',
      year: 2021,
    });
    const before = clinicalFingerprint(moved);
    moved.body[0]!.markDefs[0]!.referenceKey = 'ref2';
    expect(clinicalFingerprint(moved)).not.toBe(before);
  });

  it('reads a missing document as empty content', () => {
    expect(clinicalContent(null).body).toEqual([]);
    expect(clinicalFingerprint(undefined)).toBe(clinicalFingerprint({}));
  });
});

describe('reviewStatus', () => {
  it('says reviewed by the real person who approved this exact content', () => {
    expect(reviewStatus({ fingerprint, approvals: [approval({})], people })).toEqual({
      state: 'reviewed',
      reviewer: { name: 'Dr Ada Lee', credentials: 'MD' },
      approvedAt: '2026-01-10T09:00:00Z',
    });
  });

  it('never counts a sample placeholder', () => {
    const approvals = [approval({ person: { _ref: 'person-sample' } })];
    expect(reviewStatus({ fingerprint, approvals, people })).toEqual({ state: 'notReviewed' });
  });

  it('says changed since review, with the newest real approval, when the content differs', () => {
    const approvals = [
      approval({ clinicalFingerprint: 'sha256:old', at: '2025-05-01T00:00:00Z' }),
      approval({ clinicalFingerprint: 'sha256:older', at: '2024-05-01T00:00:00Z' }),
    ];
    expect(reviewStatus({ fingerprint, approvals, people })).toEqual({
      state: 'changedSinceReview',
      approvedAt: '2025-05-01T00:00:00Z',
    });
  });

  it('follows "no clinical change" statements back to the approval they name', () => {
    const approvals = [
      approval({ clinicalFingerprint: 'sha256:a', at: '2025-05-01T00:00:00Z' }),
      {
        kind: 'nonClinicalChange',
        person: 'person-editor',
        at: '2025-06-01T00:00:00Z',
        clinicalFingerprint: 'sha256:b',
        approvedFingerprint: 'sha256:a',
      },
      {
        kind: 'nonClinicalChange',
        person: 'person-editor',
        at: '2025-07-01T00:00:00Z',
        clinicalFingerprint: fingerprint,
        approvedFingerprint: 'sha256:b',
      },
    ];
    expect(reviewStatus({ fingerprint, approvals, people })).toMatchObject({
      state: 'reviewed',
      approvedAt: '2025-05-01T00:00:00Z',
    });
  });

  it('does not let a statement stand in for an approval that does not exist', () => {
    const approvals = [
      approval({ clinicalFingerprint: 'sha256:a', at: '2025-05-01T00:00:00Z' }),
      {
        kind: 'nonClinicalChange',
        person: 'person-editor',
        at: '2025-06-01T00:00:00Z',
        clinicalFingerprint: fingerprint,
        approvedFingerprint: 'sha256:never-approved',
      },
    ];
    expect(reviewStatus({ fingerprint, approvals, people }).state).toBe('changedSinceReview');
  });
});
