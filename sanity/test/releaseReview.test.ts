// A content release publishes its versions without the Studio's publish action, so the medical-review gate holds
// them as validation (schemaTypes/documents/releaseReview.ts): the releases tool publishes and schedules only
// releases whose documents validate. Run through the Studio's own validateDocument over the sample dataset, with
// a real reviewer's approval of the sample article's published text.
import { describe, expect, it } from '@jest/globals';
import { clinicalFingerprint } from '@clinic/content/review';
import { approvalRecord, nonClinicalChangeRecord } from '../review/records.ts';
import { byId, seed } from './support/fixtures.ts';
import { validate } from './support/studio.ts';

type Block = { _type: string; children?: Array<{ _type: string; text: string }> };
type Doc = { _id: string; _type: string } & Record<string, unknown>;

const ARTICLE_ID = 'article-ketamine-for-chronic-pain-what-the-evidence-says';
const REVIEWER = {
  _id: 'person-dana-reyes',
  _type: 'person',
  name: 'Dana Reyes',
  credentials: 'MD',
  studioUserId: 'p-reviewer',
};

const published = byId(ARTICLE_ID) as Doc;
const approval = {
  ...approvalRecord(
    {
      documentId: ARTICLE_ID,
      documentType: 'article',
      language: 'en',
      revision: 'rev-a',
      clinicalFingerprint: clinicalFingerprint(published),
    },
    { userId: REVIEWER.studioUserId, userName: REVIEWER.name, personId: REVIEWER._id },
    { at: new Date('2026-11-02T10:00:00Z') },
  ),
};
const lake = [...seed, REVIEWER, approval] as Doc[];

function edited(id: string): Doc {
  const body = structuredClone(published.body) as Block[];
  body.find((item) => item._type === 'block' && item.children?.length)!.children![0]!.text =
    'Ketamine cures chronic pain in every patient.';
  return { ...published, _id: id, body };
}

const releaseErrors = async (document: Doc, documents: Doc[] = lake) =>
  (await validate(document, documents))
    .filter((marker) => marker.level === 'error' && marker.message.includes('medical review'))
    .map((marker) => marker.message);

describe('an article version in a content release', () => {
  it('validates when its clinical text is the approved one', async () => {
    expect(await releaseErrors({ ...published, _id: `versions.spring.${ARTICLE_ID}` })).toEqual([]);
  });

  it('is refused, naming the review, when a body sentence changed since the approval', async () => {
    expect(await releaseErrors(edited(`versions.spring.${ARTICLE_ID}`))).toEqual([
      'Changed since its medical review on 2026-11-02: this release cannot publish it until the reviewer approves this version, or an editor records that the change is not clinical',
    ]);
  });

  it('validates once the reviewer approves the changed version, or an editor states the change is not clinical', async () => {
    const version = edited(`versions.spring.${ARTICLE_ID}`);
    const changed = {
      documentId: ARTICLE_ID,
      documentType: 'article',
      language: 'en',
      revision: 'rev-b',
      clinicalFingerprint: clinicalFingerprint(version),
    };
    const reapproval = {
      ...approvalRecord(
        changed,
        { userId: REVIEWER.studioUserId, userName: REVIEWER.name, personId: REVIEWER._id },
        { at: new Date('2026-11-03T10:00:00Z') },
      ),
    };
    expect(await releaseErrors(version, [...lake, reapproval])).toEqual([]);
    const statement = {
      ...nonClinicalChangeRecord(
        changed,
        { userId: 'p-editor', userName: 'Eddie Tor' },
        approval.clinicalFingerprint,
        'Typo only',
        new Date('2026-11-03T10:00:00Z'),
      ),
    };
    expect(await releaseErrors(version, [...lake, statement])).toEqual([]);
  });

  it('leaves a draft to the publish action, which offers the approval and the statement', async () => {
    expect(await releaseErrors(edited(`drafts.${ARTICLE_ID}`))).toEqual([]);
  });
});
