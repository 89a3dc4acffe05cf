// The medical-content check (npm run check:content): it passes over the sample dataset, and for each kind of fault
// it refuses generated inputs of that kind, reading the same documents from a file or the real local lake.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startLake, type RunningLake } from '@clinic/local-lake';
import fc from 'fast-check';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { clinicalFingerprint } from '@clinic/content/review';
import { referenceProblems, urlProblem } from '../contentCheck/exactReference.ts';
import {
  BANNED_CLAIMS,
  EFFECT_OR_RISK_WORDS,
  REQUIRED_CONTRAINDICATIONS,
  REQUIRED_RISKS,
  checkContent,
  languageOf,
  type CheckedDocument,
} from '../contentCheck/rules.ts';
import { SUPPORTED_GRADES } from '../contentCheck/supportedGrades.ts';
import { loadDocuments, resolveSource } from '../contentCheck/source.ts';
import { SEED_DIR, objectsWithKey, readSeedDocuments } from './support/seed.ts';
import { seed } from './support/fixtures.ts';
import { errorsAt, validate } from './support/studio.ts';

const documents = readSeedDocuments() as CheckedDocument[];
const clone = () => structuredClone(documents);
const errors = (docs: CheckedDocument[]) => checkContent(docs).filter((finding) => finding.level === 'error');
const articles = documents.filter((document) => document._type === 'article');
// Every sample article discusses taking ketamine or esketamine, so every one carries the full risk list.
const treatmentArticles = articles;

// Examples from the medical editor's review: links that did not identify the document cited.
const SEARCH_AND_HOME_PAGES = [
  'https://pubmed.ncbi.nlm.nih.gov/?term=Ketamine%20infusions%20for%20chronic%20pain',
  'https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=SPRAVATO',
  'https://www.fda.gov/drugs/human-drug-compounding',
  'https://www.fda.gov/',
  'https://www.propeltherapeutics.com/',
];

describe('the sample dataset', () => {
  it('passes the check, with the one overdue article reported as a warning', () => {
    const findings = checkContent(documents);
    expect(findings.filter((finding) => finding.level === 'error')).toEqual([]);
    // Every Spanish benefit links a Spanish article, so no benefit-article warning is left.
    expect(
      findings
        .filter((finding) => finding.level === 'warning')
        .map((finding) => `${finding.documentId}: ${finding.message}`),
    ).toEqual(['article-ketamine-for-crps-what-to-expect: review overdue: last approved 2025-09-30']);
  });

  it("reports every article's reading grade, all at grade 8 or below", () => {
    const grades = checkContent(documents).filter((finding) => finding.rule === 'reading-grade');
    expect(grades.map((finding) => finding.documentId).sort()).toEqual(
      articles.map((article) => article._id).sort(),
    );
    for (const finding of grades) {
      expect(finding.level).toBe('info');
      expect(finding.message).toMatch(
        /^reads at (Flesch-Kincaid grade [0-8]\.\d|Fernández-Huerta \d+\.\d \(grade [5-7]\))$/,
      );
    }
  });

  it('gives every treatment article the contraindications, pregnancy and breastfeeding included', () => {
    expect(treatmentArticles.length).toBeGreaterThanOrEqual(6);
    const named = { en: /pregnan.*breastfeeding/, es: /embaraz.*amamant/ };
    for (const article of treatmentArticles)
      expect(String(article.risks)).toMatch(named[languageOf(article)]);
  });
});

describe('exact references', () => {
  it.each(SEARCH_AND_HOME_PAGES)('refuses %s', (url) => {
    expect(urlProblem(url)).toEqual(expect.stringMatching(/search page|home page|section or landing page/));
  });

  it('refuses the placeholder title the Cochrane review once had', () => {
    expect(
      referenceProblems({
        title: 'Cochrane systematic review of ketamine for chronic pain in adults (PMID 40819842)',
        url: 'https://pubmed.ncbi.nlm.nih.gov/40819842/',
      }),
    ).toEqual([expect.stringContaining('placeholder')]);
  });

  it('refuses any search URL, whatever the site and terms', () => {
    const host = fc.constantFrom(
      'pubmed.ncbi.nlm.nih.gov',
      'www.fda.gov',
      'dailymed.nlm.nih.gov',
      'example.org',
    );
    const key = fc.constantFrom('term', 'q', 'query', 'search', 'Keywords');
    fc.assert(
      fc.property(host, fc.webSegment(), key, fc.string({ minLength: 1 }), (site, segment, param, value) => {
        const url = `https://${site}/${segment}?${param}=${encodeURIComponent(value)}`;
        expect(urlProblem(url)).toMatch(/search page/);
      }),
    );
  });

  it('refuses any home page, and accepts any PubMed record or DOI', () => {
    fc.assert(
      fc.property(fc.domain(), fc.integer({ min: 1, max: 99_999_999 }), (domain, pmid) => {
        expect(urlProblem(`https://${domain}/`)).toMatch(/home page/);
        expect(urlProblem(`https://pubmed.ncbi.nlm.nih.gov/${pmid}/`)).toBeNull();
        expect(referenceProblems({ title: 'A trial', doi: `10.${1000 + (pmid % 9000)}/x.${pmid}` })).toEqual(
          [],
        );
      }),
    );
  });

  it('reports a search or home page link on any article or benefit of the dataset', () => {
    const cited = documents.filter((document) => Array.isArray(document.references));
    fc.assert(
      fc.property(fc.constantFrom(...cited), fc.constantFrom(...SEARCH_AND_HOME_PAGES), (document, url) => {
        const docs = clone();
        const target = docs.find((candidate) => candidate._id === document._id)!;
        const [first] = target.references as Record<string, unknown>[];
        (target.references as unknown[])[0] = { ...first, doi: undefined, url };
        expect(errors(docs)).toContainEqual(
          expect.objectContaining({ documentId: document._id, rule: 'exact-reference' }),
        );
      }),
      { numRuns: 30 },
    );
  });

  it('agrees with the Studio, which refuses the same links before publishing', async () => {
    const benefit = structuredClone(seed.find((document) => document._type === 'benefit')!);
    const [first] = benefit.references as Record<string, unknown>[];
    for (const url of SEARCH_AND_HOME_PAGES) {
      const reference = { ...first, title: 'Ketamine infusions', doi: undefined, url };
      const markers = await validate({ ...benefit, references: [reference] }, seed);
      expect(errorsAt(markers, 'references')).toEqual([
        `References, reference 1 ("Ketamine infusions"): ${urlProblem(url)}`,
      ]);
    }
  });
});

describe('banned claims and contraindications', () => {
  it('reports any banned claim written into any article, in any letter case', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...articles),
        fc.constantFrom(...BANNED_CLAIMS),
        fc.boolean(),
        (article, claim, upper) => {
          const docs = clone();
          const target = docs.find((candidate) => candidate._id === article._id)!;
          target.excerpt = `${String(target.excerpt)} ${upper ? claim.toUpperCase() : claim}`;
          expect(errors(docs)).toContainEqual(
            expect.objectContaining({
              documentId: article._id,
              rule: 'banned-claim',
              message: expect.stringContaining(claim),
            }),
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  it('never reads a banned phrase inside a longer word ("aprobado para" is not "probado para")', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...articles),
        fc.constantFrom(...BANNED_CLAIMS),
        fc.constantFrom('a', 'de', 'in', 'un', 'x', 'é', '1'),
        (article, claim, prefix) => {
          const docs = clone();
          const target = docs.find((candidate) => candidate._id === article._id)!;
          target.excerpt = `${String(target.excerpt)} ${prefix}${claim}`;
          expect(
            errors(docs).filter(
              (finding) =>
                finding.documentId === article._id && finding.message.includes(`"${claim}"`),
            ),
          ).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reports an article whose risks leave out any one contraindication', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...treatmentArticles),
        fc.constantFrom(...REQUIRED_CONTRAINDICATIONS),
        (article, left) => {
          const docs = clone();
          const target = docs.find((candidate) => candidate._id === article._id)!;
          target.risks = (target.risks as string[]).filter(
            (risk) => !left.pattern[languageOf(target)].test(risk),
          );
          expect(errors(docs)).toContainEqual(
            expect.objectContaining({
              documentId: article._id,
              rule: 'contraindications',
              message: expect.stringContaining(left.name),
            }),
          );
        },
      ),
      { numRuns: 40 },
    );
  });
});

/** The article's body blocks with every citation mark removed from the block at `index`. */
function withoutCitations(article: CheckedDocument, index: number): unknown[] {
  const body = structuredClone(article.body) as {
    markDefs?: { _key: string; _type: string }[];
    children?: { marks?: string[] }[];
  }[];
  const block = body[index]!;
  const citationKeys = new Set(
    (block.markDefs ?? []).filter((mark) => mark._type === 'citation').map((mark) => mark._key),
  );
  block.markDefs = (block.markDefs ?? []).filter((mark) => !citationKeys.has(mark._key));
  for (const span of block.children ?? [])
    span.marks = (span.marks ?? []).filter((mark) => !citationKeys.has(mark));
  return body;
}

type BodyBlock = {
  _type?: string;
  style?: string;
  listItem?: string;
  markDefs?: { _type?: string }[];
  children?: { text?: string }[];
};
const textOfBlock = (block: BodyBlock) => (block.children ?? []).map((span) => span.text ?? '').join('');
/** Every cited paragraph (not a list item) of the sample that states an effect or a risk: [article, block index]. */
const citedClaims = articles.flatMap((article) =>
  (article.body as BodyBlock[])
    .map((block, index) => [block, index] as const)
    .filter(
      ([block]) =>
        block._type === 'block' &&
        !block.listItem &&
        (block.markDefs ?? []).some((mark) => mark._type === 'citation') &&
        EFFECT_OR_RISK_WORDS[languageOf(article)].test(textOfBlock(block)),
    )
    .map(([, index]) => [article, index] as const),
);

describe('citations on statements of effect or risk', () => {
  it('refuses "Asking does not plant the idea." without its source, in English and Spanish', () => {
    for (const [id, words] of [
      ['article-ketamine-and-suicidal-thoughts', 'Asking does not plant the idea'],
      ['article-es-ketamina-pensamientos-suicidas', 'Preguntar no le mete la idea'],
    ] as const) {
      const docs = clone();
      const article = docs.find((document) => document._id === id)!;
      const index = (article.body as BodyBlock[]).findIndex((block) => textOfBlock(block).includes(words));
      expect(index).toBeGreaterThan(-1);
      article.body = withoutCitations(article, index);
      expect(errors(docs)).toContainEqual(expect.objectContaining({ documentId: id, rule: 'uncited-claim' }));
    }
  });

  it('refuses any cited effect or risk paragraph of the sample once its citation is removed', () => {
    expect(citedClaims.length).toBeGreaterThan(40);
    fc.assert(
      fc.property(fc.constantFrom(...citedClaims), ([article, index]) => {
        const docs = clone();
        const target = docs.find((document) => document._id === article._id)!;
        target.body = withoutCitations(target, index);
        expect(errors(docs)).toContainEqual(
          expect.objectContaining({ documentId: article._id, rule: 'uncited-claim' }),
        );
      }),
      { numRuns: 60 },
    );
  });

  const paragraph = (key: string, text: string, listItem?: string) => ({
    _type: 'block',
    _key: key,
    style: 'normal',
    ...(listItem ? { listItem, level: 1 } : {}),
    markDefs: [],
    children: [{ _type: 'span', _key: `${key}s`, text, marks: [] }],
  });

  it('refuses a new uncited effect statement in any article, and lets a question or a list after a cited paragraph pass', () => {
    const claims = {
      en: [
        'Ketamine reduced pain for months.',
        'It raises blood pressure.',
        'Most people respond within a day.',
      ],
      es: [
        'La ketamina redujo el dolor durante meses.',
        'Causa presión arterial alta.',
        'La mayoría tuvo una respuesta en un día.',
      ],
    };
    fc.assert(
      fc.property(fc.constantFrom(...articles), fc.nat(2), (article, which) => {
        const claim = claims[languageOf(article)][which]!;
        const docs = clone();
        const target = docs.find((document) => document._id === article._id)!;
        target.body = [...(target.body as unknown[]), paragraph('x1', claim)];
        expect(errors(docs)).toContainEqual(
          expect.objectContaining({
            documentId: article._id,
            rule: 'uncited-claim',
            message: expect.stringContaining(claim.slice(0, 20)),
          }),
        );
        const asked = clone();
        const askedTarget = asked.find((document) => document._id === article._id)!;
        askedTarget.body = [
          ...(askedTarget.body as unknown[]),
          paragraph('x1', `${claim.replace(/\.$/, '')}?`),
        ];
        expect(errors(asked)).toEqual([]);
      }),
      { numRuns: 30 },
    );
    // A list continues the paragraph before it: covered after a cited paragraph, refused after an uncited one.
    const docs = clone();
    const target = docs.find(
      (document) => document._id === 'article-ketamine-side-effects-risks-and-who-should-not-have-it',
    )!;
    const body = target.body as BodyBlock[];
    const cited = body.findIndex((block) => (block.markDefs ?? []).some((mark) => mark._type === 'citation'));
    const list = paragraph('x2', 'it raises blood pressure', 'bullet');
    target.body = [...body.slice(0, cited + 1), list, ...body.slice(cited + 1)];
    expect(errors(docs)).toEqual([]);
    target.body = [...body, paragraph('x3', 'After a dose:'), list];
    expect(errors(docs)).toContainEqual(
      expect.objectContaining({
        rule: 'uncited-claim',
        message: expect.stringContaining('it raises blood pressure'),
      }),
    );
  });
});

describe('complete risk lists', () => {
  it('reports an article whose risks leave out any required risk, in either language', () => {
    fc.assert(
      fc.property(fc.constantFrom(...articles), fc.constantFrom(...REQUIRED_RISKS), (article, left) => {
        const docs = clone();
        const target = docs.find((candidate) => candidate._id === article._id)!;
        target.risks = (target.risks as string[]).filter(
          (risk) => !left.pattern[languageOf(target)].test(risk),
        );
        expect(errors(docs)).toContainEqual(
          expect.objectContaining({
            documentId: article._id,
            rule: 'risk-list',
            message: `risk list leaves out ${left.name}`,
          }),
        );
      }),
      { numRuns: 60 },
    );
  });

  it("names the side-effects page's most frequent effects as Short et al. list them, headache and anxiety included", () => {
    const page = articles.find(
      (article) => article._id === 'article-ketamine-side-effects-risks-and-who-should-not-have-it',
    )!;
    const text = JSON.stringify(page.body);
    for (const effect of [
      'headache',
      'dizziness',
      'dissociation',
      'blood pressure',
      'blurred vision',
      'anxiety',
    ]) {
      expect(text).toContain(effect);
    }
    expect(String(page.risks)).toContain('The safety of repeated or long-term use is not known');
  });
});

describe('evidence levels', () => {
  const benefits = documents.filter((document) => document._type === 'benefit');
  const stronger: Record<string, string> = { low: 'moderate' };

  it('records a supported grade for every sample benefit, and every level matches it', () => {
    for (const benefit of benefits) {
      const english = benefit._id.replace(/-es$/, '');
      expect(SUPPORTED_GRADES[english]?.grade).toBe(benefit.evidenceLevel);
    }
    expect(SUPPORTED_GRADES['benefit-suicidal-thoughts']?.grade).toBe('low');
  });

  it('refuses a benefit shown stronger than its evidence, in English and in Spanish', () => {
    const raisable = benefits.filter((benefit) => stronger[String(benefit.evidenceLevel)]);
    expect(raisable.length).toBeGreaterThanOrEqual(6);
    fc.assert(
      fc.property(fc.constantFrom(...raisable), (benefit) => {
        const docs = clone();
        const target = docs.find((document) => document._id === benefit._id)!;
        target.evidenceLevel = stronger[String(benefit.evidenceLevel)];
        expect(errors(docs)).toContainEqual(
          expect.objectContaining({
            documentId: benefit._id,
            rule: 'evidence-grade',
            message: expect.stringContaining('but its evidence supports "low"'),
          }),
        );
      }),
    );
  });

  it('refuses the suicidal-thoughts benefit at "moderate", and a mechanism shown as efficacy', () => {
    const docs = clone();
    docs.find((document) => document._id === 'benefit-suicidal-thoughts')!.evidenceLevel = 'moderate';
    docs.find((document) => document._id === 'benefit-glutamate-mechanism')!.evidenceLevel = 'low';
    const found = errors(docs).filter((finding) => finding.rule === 'evidence-grade');
    expect(found.map((finding) => finding.documentId)).toEqual([
      'benefit-glutamate-mechanism',
      'benefit-glutamate-mechanism',
      'benefit-suicidal-thoughts',
    ]);
  });

  it('refuses an efficacy level resting only on a label or a regulator, and reports a benefit with no recorded grade', () => {
    const docs = clone();
    const monitored = docs.find((document) => document._id === 'benefit-monitored-care')!;
    const label = (monitored.references as { studyType?: string }[]).find(
      (reference) => reference.studyType === 'label',
    )!;
    const anxiety = docs.find((document) => document._id === 'benefit-anxiety-early-research')!;
    anxiety.references = [label];
    const findings = checkContent(docs).filter((finding) => finding.rule === 'evidence-grade');
    expect(findings).toContainEqual(
      expect.objectContaining({
        level: 'error',
        documentId: 'benefit-anxiety-early-research',
        message: expect.stringContaining('without a trial'),
      }),
    );
    const unknown = clone();
    unknown.push({
      ...structuredClone(anxiety),
      _id: 'benefit-new',
      references: structuredClone(benefits[0]!.references),
    });
    expect(checkContent(unknown)).toContainEqual(
      expect.objectContaining({ level: 'warning', documentId: 'benefit-new', rule: 'evidence-grade' }),
    );
  });
});

describe("each benefit's article in its own language", () => {
  it('refuses a benefit that links an article in the other language, either way', () => {
    const english = articles.find((article) => languageOf(article) === 'en')!;
    const spanish = articles.find((article) => languageOf(article) === 'es')!;
    const benefits = documents.filter((document) => document._type === 'benefit');
    fc.assert(
      fc.property(fc.constantFrom(...benefits), (benefit) => {
        const docs = clone();
        const target = docs.find((document) => document._id === benefit._id)!;
        const other = languageOf(benefit) === 'es' ? english : spanish;
        target.article = { _type: 'reference', _ref: other._id };
        expect(errors(docs)).toContainEqual(
          expect.objectContaining({
            documentId: benefit._id,
            rule: 'benefit-article',
            message: expect.stringContaining(`an article in ${languageOf(other)}`),
          }),
        );
      }),
    );
  });

  it('warns when a benefit links no article, and refuses a link to no published article', () => {
    const docs = clone();
    const target = docs.find((document) => document._id === 'benefit-suicidal-thoughts')!;
    delete target.article;
    expect(checkContent(docs)).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        documentId: 'benefit-suicidal-thoughts',
        rule: 'benefit-article',
      }),
    );
    target.article = { _type: 'reference', _ref: 'article-gone' };
    expect(errors(docs)).toContainEqual(
      expect.objectContaining({
        documentId: 'benefit-suicidal-thoughts',
        rule: 'benefit-article',
        message: expect.stringContaining('article-gone'),
      }),
    );
  });
});

describe('reading grade', () => {
  const hard = {
    en: 'Intravenous racemic ketamine administration demonstrated statistically significant antidepressant efficacy notwithstanding considerable methodological heterogeneity, substantial attrition and considerable uncertainty regarding generalizability to heterogeneous populations.',
    es: 'La administración intravenosa de ketamina racémica demostró una eficacia antidepresiva estadísticamente significativa a pesar de una considerable heterogeneidad metodológica, una deserción sustancial y una incertidumbre considerable respecto de la generalización a poblaciones heterogéneas.',
  };

  it('warns on an article rewritten above grade 8, in either language, and says which measure', () => {
    fc.assert(
      fc.property(fc.constantFrom(...articles), (article) => {
        const language = languageOf(article);
        const docs = clone();
        const target = docs.find((document) => document._id === article._id)!;
        target.body = [
          {
            _type: 'block',
            _key: 'h1',
            style: 'normal',
            markDefs: [
              {
                _key: 'c1',
                _type: 'citation',
                referenceKey: (target.references as { _key: string }[])[0]!._key,
              },
            ],
            children: [{ _type: 'span', _key: 'h1s', text: hard[language], marks: ['c1'] }],
          },
        ];
        expect(checkContent(docs)).toContainEqual(
          expect.objectContaining({
            level: 'warning',
            documentId: article._id,
            rule: 'reading-grade',
            message: expect.stringMatching(
              language === 'es'
                ? /^reads above grade 8: Fernández-Huerta/
                : /^reads above grade 8: Flesch-Kincaid grade/,
            ),
          }),
        );
      }),
      { numRuns: 17 },
    );
  });
});

describe('review status wording', () => {
  const CLAIMS = [
    'Every article is reviewed by a clinician.',
    'Medically reviewed',
    'Each one medically reviewed by our doctors',
    'Clinician-reviewed content',
  ];
  const REVIEWERS = ['person-sample-reviewer', 'person-sample-translation-reviewer'];
  const byId = (docs: CheckedDocument[], id: string) => docs.find((document) => document._id === id)!;
  const approvalOf = (docs: CheckedDocument[], articleId: string) =>
    docs.find(
      (document) => document._type === 'medicalApproval' && (document.document as { _ref: string })._ref === articleId,
    )!;

  /**
   * The sample as a clinic with real reviewers would have it: each reviewer a real clinician signed in as their
   * own Studio user, and every article approved exactly as published.
   */
  const approvedAsPublished = (docs: CheckedDocument[]) =>
    docs.map((document) => {
      if (REVIEWERS.includes(document._id)) {
        return { ...document, isSamplePlaceholder: false, credentials: 'MD', studioUserId: `user-${document._id}` };
      }
      if (document._type !== 'medicalApproval') return document;
      const article = byId(docs, (document.document as { _ref: string })._ref);
      return {
        ...document,
        userId: `user-${(document.person as { _ref: string })._ref}`,
        clinicalFingerprint: clinicalFingerprint(article),
      };
    });

  it('passes the sample approved as published by real clinicians, site-wide claims included', () => {
    const docs = approvedAsPublished(clone());
    byId(docs, 'siteSettings').tagline = CLAIMS[0];
    expect(errors(docs)).toEqual([]);
  });

  it.each(CLAIMS)('refuses "%s" in site texts while the reviewers are placeholders', (claim) => {
    const docs = clone();
    byId(docs, 'siteSettings').tagline = claim;
    expect(errors(docs)).toContainEqual(expect.objectContaining({ documentId: 'siteSettings', rule: 'review-status' }));
  });

  it('refuses an article that claims clinician review while no real clinician approved its text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...articles), fc.constantFrom(...CLAIMS), (article, claim) => {
        const docs = clone();
        byId(docs, article._id).excerpt = claim;
        expect(errors(docs)).toContainEqual(
          expect.objectContaining({ documentId: article._id, rule: 'review-status' }),
        );
      }),
      { numRuns: 20 },
    );
  });

  // The kind: every way the data can claim a review that no real clinician made of the published text. Each is
  // given to the check on an article of the otherwise fully approved sample, with a site-wide claim in place.
  const FAULTS: Record<string, (docs: CheckedDocument[], articleId: string) => void> = {
    'a clinical sentence edited after the approval': (docs, id) => {
      const body = byId(docs, id).body as { children?: { text: string }[] }[];
      const span = body.find((block) => block.children?.length)!.children![0]!;
      span.text = `${span.text} Doses may be doubled.`;
    },
    'an approval by a sample placeholder': (docs, id) => {
      approvalOf(docs, id).person = { _type: 'reference', _ref: 'person-sample-author', _weak: true };
    },
    "an approval not made by the person's own Studio login": (docs, id) => {
      approvalOf(docs, id).userId = 'user-someone-else';
    },
    'an approval dated in the future': (docs, id) => {
      approvalOf(docs, id).at = '2999-01-01T00:00:00.000Z';
    },
    'a "no clinical change" statement naming content nobody approved': (docs, id) => {
      const article = byId(docs, id);
      article.title = `${String(article.title)}!`;
      docs.push({
        _id: 'approval-statement',
        _type: 'medicalApproval',
        kind: 'nonClinicalChange',
        document: { _type: 'reference', _ref: id, _weak: true },
        person: { _type: 'reference', _ref: 'person-sample-author', _weak: true },
        at: '2026-11-20T10:00:00.000Z',
        clinicalFingerprint: clinicalFingerprint(article),
        approvedFingerprint: `sha256:${'0'.repeat(64)}`,
        reason: 'Typo',
      });
    },
    'a "no clinical change" statement without a reason': (docs, id) => {
      docs.push({
        _id: 'approval-statement',
        _type: 'medicalApproval',
        kind: 'nonClinicalChange',
        document: { _type: 'reference', _ref: id, _weak: true },
        person: { _type: 'reference', _ref: 'person-sample-author', _weak: true },
        at: '2026-11-20T10:00:00.000Z',
        clinicalFingerprint: approvalOf(docs, id).clinicalFingerprint,
        approvedFingerprint: approvalOf(docs, id).clinicalFingerprint,
      });
    },
  };

  it.each(Object.keys(FAULTS))('fails on %s', (fault) => {
    fc.assert(
      fc.property(fc.constantFrom(...articles.map((article) => article._id)), (articleId) => {
        const docs = approvedAsPublished(clone());
        byId(docs, 'siteSettings').tagline = CLAIMS[0];
        FAULTS[fault]!(docs, articleId);
        expect(errors(docs).filter((finding) => finding.rule === 'review-status')).not.toEqual([]);
      }),
      { numRuns: 8 },
    );
  });

  it('accepts a "no clinical change" statement that names the approved content, with its reason', () => {
    const docs = approvedAsPublished(clone());
    byId(docs, 'siteSettings').tagline = CLAIMS[0];
    const id = articles[0]!._id;
    const approved = approvalOf(docs, id).clinicalFingerprint;
    const article = byId(docs, id);
    article.title = `${String(article.title)} `;
    docs.push({
      _id: 'approval-statement',
      _type: 'medicalApproval',
      kind: 'nonClinicalChange',
      document: { _type: 'reference', _ref: id, _weak: true },
      person: { _type: 'reference', _ref: 'person-sample-author', _weak: true },
      at: '2026-11-20T10:00:00.000Z',
      clinicalFingerprint: clinicalFingerprint(article),
      approvedFingerprint: approved,
      reason: 'Trailing space only',
    });
    expect(errors(docs)).toEqual([]);
  });

  it('refuses an article with no reviewer to ask', () => {
    const docs = clone();
    // Every sample article has a translation, which must name the same reviewer: both lose it.
    const set = docs.find(
      (document) =>
        document._type === 'translation.metadata' &&
        String(document.schemaTypes) === 'article' &&
        objectsWithKey(document.translations, '_ref').length > 1,
    )!;
    const ids = objectsWithKey(set.translations, '_ref').map((ref) => ref._ref);
    for (const document of docs.filter((document) => ids.includes(document._id))) delete document.medicalReviewer;
    expect(errors(docs).map((finding) => `${finding.documentId}: ${finding.message}`).sort()).toEqual(
      ids.map((id) => `${id}: has no medical reviewer`).sort(),
    );
  });
});

describe('where the check reads from', () => {
  it('chooses a file, a hosted project or the local lake from its arguments and environment', () => {
    expect(resolveSource(['--file', 'x.ndjson'], { INIT_CWD: '/data' })).toEqual({
      kind: 'file',
      path: '/data/x.ndjson',
    });
    expect(
      resolveSource([], { NEXT_PUBLIC_SANITY_PROJECT_ID: 'abc123', SANITY_API_READ_TOKEN: 'tok' }),
    ).toEqual({
      kind: 'hosted',
      projectId: 'abc123',
      dataset: 'production',
      token: 'tok',
    });
    expect(resolveSource([], { LOCAL_LAKE_PORT: '3590' })).toEqual({
      kind: 'lake',
      url: 'http://127.0.0.1:3590',
    });
  });

  describe('the real local lake, loaded with the sample dataset', () => {
    let lake: RunningLake;
    beforeAll(async () => {
      lake = await startLake({
        port: 0,
        tlsPort: null,
        dataDir: mkdtempSync(path.join(tmpdir(), 'content-check-')),
        log: () => {},
      });
    });
    afterAll(async () => {
      await lake?.close();
    });

    it('gives the same findings as the export file, read through @sanity/client', async () => {
      const fromLake = await loadDocuments({ kind: 'lake', url: lake.url });
      const fromFile = await loadDocuments({ kind: 'file', path: `${SEED_DIR}production.ndjson` });
      expect(fromLake.length).toBe(fromFile.length);
      expect(checkContent(fromLake)).toEqual(checkContent(fromFile));
    });

    it('names the lake and the way out when nothing answers', async () => {
      await expect(loadDocuments({ kind: 'lake', url: 'http://127.0.0.1:9' })).rejects.toThrow(
        /could not read the local lake at http:\/\/127\.0\.0\.1:9 \(start it with `npm run lake`/,
      );
    });
  });
});
