// One fingerprint for the three readers of a review: the Studio (which records `clinicalFingerprint` of the stored
// document when a clinician approves it), the site (which hashes its own query result of the published article)
// and check:content (which hashes the exported document). Over generated edits of every sample article, the three
// agree: an approval the Studio records of a version makes the site say "reviewed" and check:content find no
// change exactly as long as no clinical field changed, and any clinical change undoes both.
import { describe, expect, it } from '@jest/globals';
import { fetchArticleBySlug, type ContentFetcher } from '@clinic/content';
import { CLINICAL_FIELDS, clinicalFingerprint } from '@clinic/content/review';
import fc from 'fast-check';
import { memoryFetcher } from '@clinic/content/testing/memory-fetcher';
import { checkContent, type CheckedDocument } from '../contentCheck/rules.ts';
import { seed } from './support/fixtures.ts';
import type { SeedDocument } from './support/seed.ts';

const REVIEWER = {
  _id: 'person-real-reviewer',
  _type: 'person',
  name: 'Dr. Ada Lee',
  slug: { _type: 'slug', current: 'ada-lee' },
  credentials: 'MD',
  studioUserId: 'user-ada',
};
const SYSTEM_FIELDS = { _createdAt: '2026-01-05T10:00:00Z', _updatedAt: '2026-01-05T10:00:00Z', _rev: 'r1' };

type Article = SeedDocument & { body: Block[]; references: { _key: string }[] };
type Block = {
  _type: string;
  _key: string;
  children?: Span[];
  markDefs?: { _key: string; _type: string }[];
} & Record<string, unknown>;
type Span = { _type: 'span'; _key: string; text: string; marks: string[] };
type Edit = { field: string; apply: (article: Article) => void };

const articles = seed.filter((document) => document._type === 'article') as Article[];
const textBlocks = (article: Article) =>
  article.body.filter((block) => block._type === 'block' && block.children?.length);
const firstSpan = (article: Article) => textBlocks(article)[0]!.children![0]!;
const suffix = fc.stringMatching(/^[a-z]{1,8}$/).map((word) => ` ${word}`);

/** Edits of clinical fields (CLINICAL_FIELDS), each of which changes what a reader reads or what it rests on. */
const clinicalEdit: fc.Arbitrary<Edit> = fc.oneof(
  suffix.map((text) => ({
    field: 'title',
    apply: (a: Article) => void (a.title = `${String(a.title)}${text}`),
  })),
  suffix.map((text) => ({
    field: 'excerpt',
    apply: (a: Article) => void (a.excerpt = `${String(a.excerpt)}${text}`),
  })),
  suffix.map((text) => ({
    field: 'keyPoints',
    apply: (a: Article) =>
      void (a.keyPoints = [...((a.keyPoints as string[] | undefined) ?? []), `Point${text}`]),
  })),
  suffix.map((text) => ({ field: 'body', apply: (a: Article) => void (firstSpan(a).text += text) })),
  fc.constantFrom('strong', 'em').map((mark) => ({
    field: 'body',
    apply: (a: Article) => {
      const span = firstSpan(a);
      span.marks = span.marks.includes(mark) ? span.marks.filter((m) => m !== mark) : [...span.marks, mark];
    },
  })),
  fc.constant({
    field: 'body',
    apply: (a: Article) => {
      // A citation moved to another reference of the list.
      const block = a.body.find((candidate) =>
        candidate.markDefs?.some((mark) => mark._type === 'citation'),
      )!;
      const mark = block.markDefs!.find((candidate) => candidate._type === 'citation') as unknown as {
        referenceKey: string;
      };
      const other = a.references.find((reference) => reference._key !== mark.referenceKey);
      mark.referenceKey = other ? other._key : 'missing';
    },
  }),
  fc.constantFrom('h2', 'h3', 'blockquote').map((style) => ({
    field: 'body',
    apply: (a: Article) => {
      const block = textBlocks(a)[0]!;
      block.style = block.style === style ? 'normal' : style;
    },
  })),
  fc.constant({ field: 'body', apply: (a: Article) => void a.body.pop() }),
  suffix.map((text) => ({
    field: 'body',
    apply: (a: Article) =>
      void a.body.push({
        _type: 'callout',
        _key: 'added',
        tone: 'warning',
        text: `Check with your doctor${text}`,
      }),
  })),
  fc.constantFrom('title', 'source', 'doi', 'url', 'authors').chain((key) =>
    suffix.map((text) => ({
      field: 'references',
      apply: (a: Article) => {
        const reference = a.references[0] as Record<string, unknown>;
        // A changed address or DOI stays one the site shows (a reference may have none yet).
        if (key === 'url') {
          reference.url = `${String(reference.url ?? 'https://pubmed.ncbi.nlm.nih.gov/')}?v=${encodeURIComponent(text)}`;
        } else if (key === 'doi') {
          reference.doi = `${String(reference.doi ?? '10.1000/x')}${encodeURIComponent(text)}`;
        } else {
          reference[key] = `${String(reference[key] ?? '')}${text}`;
        }
      },
    })),
  ),
  fc.constantFrom('guideline', 'rct', 'mechanistic').map((studyType) => ({
    field: 'references',
    apply: (a: Article) => {
      const reference = a.references[0] as Record<string, unknown>;
      reference.studyType = reference.studyType === studyType ? 'review' : studyType;
    },
  })),
  fc.constant({
    field: 'references',
    apply: (a: Article) => void (a.references = [...a.references].reverse()),
  }),
  suffix.map((text) => ({
    field: 'risks',
    apply: (a: Article) => void (a.risks = [...(a.risks as string[]), `Risk${text}`]),
  })),
  fc.constant({ field: 'risks', apply: (a: Article) => void (a.risks = (a.risks as string[]).slice(1)) }),
  suffix.map((text) => ({
    field: 'conditions',
    apply: (a: Article) => void (a.conditions = [...((a.conditions as string[]) ?? []), `Condition${text}`]),
  })),
  fc.constant({
    field: 'showCrisisNotice',
    apply: (a: Article) => void (a.showCrisisNotice = a.showCrisisNotice !== true),
  }),
  suffix.map((text) => ({
    field: 'seo',
    apply: (a: Article) =>
      void (a.seo = { _type: 'seo', ...(a.seo as object), description: `About ketamine${text}` }),
  })),
);

/** Edits of everything else: addresses, people, dates, images, storage keys and span splits. */
const nonClinicalEdit: fc.Arbitrary<Edit> = fc.oneof(
  suffix.map((text) => ({
    field: 'slug',
    apply: (a: Article) => void (a.slug = { _type: 'slug', current: `moved-${text.trim()}` }),
  })),
  suffix.map((text) => ({
    field: 'previousSlugs',
    apply: (a: Article) => void (a.previousSlugs = [`old-${text.trim()}`]),
  })),
  suffix.map((text) => ({
    field: 'heroImage',
    apply: (a: Article) => void (a.heroImage = { ...(a.heroImage as object), alt: `A calm room${text}` }),
  })),
  fc
    .constantFrom('treatment', 'safety')
    .map((topic) => ({ field: 'topic', apply: (a: Article) => void (a.topic = topic) })),
  fc.constant({ field: 'featured', apply: (a: Article) => void (a.featured = a.featured !== true) }),
  fc.constant({ field: 'publishedAt', apply: (a: Article) => void (a.publishedAt = '2026-02-01T10:00:00Z') }),
  fc.constant({
    field: 'author',
    apply: (a: Article) => void (a.author = { _type: 'reference', _ref: REVIEWER._id }),
  }),
  fc.constant({
    field: 'medicalReviewer',
    apply: (a: Article) => void (a.medicalReviewer = { _type: 'reference', _ref: REVIEWER._id }),
  }),
  fc.constant({ field: '_rev', apply: (a: Article) => void (a._rev = 'r2') }),
  fc.constant({
    field: '_key',
    apply: (a: Article) => {
      // Every key renamed, citations following their reference: what a copy-paste or a migration does.
      const renamed = new Map(a.references.map((reference) => [reference._key, `k-${reference._key}`]));
      for (const reference of a.references) reference._key = renamed.get(reference._key)!;
      for (const block of a.body) {
        block._key = `k-${block._key}`;
        for (const mark of block.markDefs ?? []) {
          const citation = mark as { referenceKey?: string };
          if (citation.referenceKey)
            citation.referenceKey = renamed.get(citation.referenceKey) ?? citation.referenceKey;
        }
        for (const span of block.children ?? []) span._key = `k-${span._key}`;
      }
    },
  }),
  fc.nat().map((at) => ({
    field: 'span split',
    apply: (a: Article) => {
      const block = textBlocks(a)[0]!;
      const span = block.children![0]!;
      const cut = 1 + (at % Math.max(1, span.text.length - 1));
      block.children!.splice(
        0,
        1,
        { ...span, text: span.text.slice(0, cut) },
        { ...span, _key: 'split', text: span.text.slice(cut) },
      );
    },
  })),
);

/** The site's view of a dataset: its real query and contract, run with groq-js over the published documents. */
function siteFetcher(documents: SeedDocument[]): ContentFetcher {
  return memoryFetcher(documents.map((document) => ({ ...SYSTEM_FIELDS, ...document })));
}

/** The dataset with the article replaced by `published` and one approval of `approved` by a real clinician. */
function datasetWith(published: Article, approved: Article): SeedDocument[] {
  const approval = {
    _id: 'approval-generated',
    _type: 'medicalApproval',
    kind: 'approval',
    document: { _type: 'reference', _ref: published._id, _weak: true },
    documentType: 'article',
    language: published.language,
    person: { _type: 'reference', _ref: REVIEWER._id, _weak: true },
    userId: REVIEWER.studioUserId,
    userName: REVIEWER.name,
    at: '2026-11-01T10:00:00.000Z',
    revision: 'r1',
    // What the Studio's approve action records: the fingerprint of the stored version the clinician approved.
    clinicalFingerprint: clinicalFingerprint(approved),
  };
  const others = seed.filter(
    (document) =>
      document._id !== published._id &&
      !(
        document._type === 'medicalApproval' && (document.document as { _ref: string })._ref === published._id
      ),
  );
  return [...others, REVIEWER, published, approval];
}

async function siteReview(dataset: SeedDocument[], article: Article) {
  const slug = (article.slug as { current: string }).current;
  const language = article.language === 'es' ? 'es' : 'en';
  return (await fetchArticleBySlug(siteFetcher(dataset), slug, language))?.review;
}

const changedByCheck = (dataset: SeedDocument[], id: string) =>
  checkContent(dataset as CheckedDocument[]).some(
    (finding) =>
      finding.documentId === id && finding.message.startsWith('changed since its medical approval'),
  );

describe('the clinical fingerprint, as the Studio, the site and check:content compute it', () => {
  it('lists the clinical fields the edits below cover, and no other', () => {
    expect([...CLINICAL_FIELDS].sort()).toEqual(
      [
        'body',
        'conditions',
        'excerpt',
        'keyPoints',
        'references',
        'risks',
        'seo',
        'showCrisisNotice',
        'title',
      ].sort(),
    );
  });

  it('is the same for the Studio, the site and check:content, and survives any non-clinical edit', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...articles),
        fc.array(nonClinicalEdit, { maxLength: 4 }),
        async (base, edits) => {
          const approved = structuredClone(base);
          const published = structuredClone(base);
          for (const edit of edits) edit.apply(published);
          expect(clinicalFingerprint(published)).toBe(clinicalFingerprint(approved));
          // The Studio reads a draft (`drafts.` id, its own revision) of the same content: the same fingerprint.
          expect(clinicalFingerprint({ ...published, _id: `drafts.${published._id}`, _rev: 'draft' })).toBe(
            clinicalFingerprint(approved),
          );
          const dataset = datasetWith(published, approved);
          expect(await siteReview(dataset, published)).toEqual({
            state: 'reviewed',
            reviewer: { name: REVIEWER.name, credentials: REVIEWER.credentials },
            approvedAt: '2026-11-01T10:00:00.000Z',
          });
          expect(changedByCheck(dataset, published._id)).toBe(false);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('changes with any clinical edit, for all three', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...articles), clinicalEdit, async (base, edit) => {
        const approved = structuredClone(base);
        const published = structuredClone(base);
        edit.apply(published);
        expect({
          field: edit.field,
          changed: clinicalFingerprint(published) !== clinicalFingerprint(approved),
        }).toEqual({
          field: edit.field,
          changed: true,
        });
        const dataset = datasetWith(published, approved);
        expect(await siteReview(dataset, published)).toEqual({
          state: 'changedSinceReview',
          approvedAt: '2026-11-01T10:00:00.000Z',
        });
        expect(changedByCheck(dataset, published._id)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
