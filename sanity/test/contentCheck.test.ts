// The medical-content check (npm run check:content): it passes over the sample dataset, and for each kind of fault
// it refuses generated inputs of that kind, reading the same documents from a file or the real local lake.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startLake, type RunningLake } from '@clinic/local-lake';
import fc from 'fast-check';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { referenceProblems, urlProblem } from '../contentCheck/exactReference.ts';
import {
  BANNED_CLAIMS,
  REQUIRED_CONTRAINDICATIONS,
  TREATMENT_TOPICS,
  checkContent,
  languageOf,
  type CheckedDocument,
} from '../contentCheck/rules.ts';
import { loadDocuments, resolveSource } from '../contentCheck/source.ts';
import { SEED_DIR, readSeedDocuments } from './support/seed.ts';
import { seed } from './support/fixtures.ts';
import { errorsAt, validate } from './support/studio.ts';

const documents = readSeedDocuments() as CheckedDocument[];
const clone = () => structuredClone(documents);
const errors = (docs: CheckedDocument[]) => checkContent(docs).filter((finding) => finding.level === 'error');
const articles = documents.filter((document) => document._type === 'article');
const treatmentArticles = articles.filter((article) => TREATMENT_TOPICS.has(String(article.topic)));

// Examples from the medical editor's review: links that did not identify the document cited.
const SEARCH_AND_HOME_PAGES = [
  'https://pubmed.ncbi.nlm.nih.gov/?term=Ketamine%20infusions%20for%20chronic%20pain',
  'https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=SPRAVATO',
  'https://www.fda.gov/drugs/human-drug-compounding',
  'https://www.fda.gov/',
  'https://www.propeltherapeutics.com/',
];

describe('the sample dataset', () => {
  it('passes the check, with the one overdue article and its translation reported as warnings', () => {
    const findings = checkContent(documents);
    expect(findings.filter((finding) => finding.level === 'error')).toEqual([]);
    expect(findings.map((finding) => `${finding.documentId}: ${finding.message}`)).toEqual([
      'article-es-ketamina-para-el-sdrc-que-esperar: review overdue: last reviewed 2025-09-30',
      'article-ketamine-for-crps-what-to-expect: review overdue: last reviewed 2025-09-30',
    ]);
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
      expect(errorsAt(markers, 'references')).toEqual([`References, reference 1 ("Ketamine infusions"): ${urlProblem(url)}`]);
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

  it('reports a treatment article whose risks leave out any one contraindication', () => {
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

describe('review status wording', () => {
  const CLAIMS = [
    'Every article is reviewed by a clinician.',
    'Medically reviewed',
    'Each one medically reviewed by our doctors',
    'Clinician-reviewed content',
  ];
  const withRealReviewer = (docs: CheckedDocument[]) =>
    docs.map((document) =>
      document._id === 'person-sample-reviewer'
        ? { ...document, isSamplePlaceholder: false, credentials: 'MD, board-certified anesthesiologist' }
        : document,
    );

  it.each(CLAIMS)(
    'refuses "%s" in site texts while the reviewer is a placeholder, and allows it with a real one',
    (claim) => {
      const docs = clone();
      const settings = docs.find((document) => document._type === 'siteSettings')!;
      settings.tagline = claim;
      expect(errors(docs)).toContainEqual(
        expect.objectContaining({ documentId: 'siteSettings', rule: 'review-status' }),
      );
      expect(errors(withRealReviewer(docs))).toEqual([]);
    },
  );

  it('refuses an article that claims clinician review while its reviewer is a placeholder', () => {
    fc.assert(
      fc.property(fc.constantFrom(...articles), fc.constantFrom(...CLAIMS), (article, claim) => {
        const docs = clone();
        docs.find((candidate) => candidate._id === article._id)!.excerpt = claim;
        expect(errors(docs)).toContainEqual(
          expect.objectContaining({ documentId: article._id, rule: 'review-status' }),
        );
      }),
      { numRuns: 20 },
    );
  });

  it('refuses an article with no reviewer or a future review date', () => {
    // The English documents alone: every sample article is translated, and a translation would otherwise also be
    // reported as differing from its changed English version.
    const docs = clone().filter(
      (document) => document._type !== 'translation.metadata' && document.language !== 'es',
    );
    const [first, second] = docs.filter((document) => document._type === 'article');
    delete first!.medicalReviewer;
    second!.lastReviewed = '2999-01-01';
    expect(errors(docs).map((finding) => `${finding.documentId}: ${finding.message}`)).toEqual(
      [
        `${first!._id}: has no medical reviewer`,
        `${second!._id}: last-reviewed date 2999-01-01 is in the future`,
      ].sort(),
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
