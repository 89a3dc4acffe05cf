// The Studio and the site cannot drift apart: for generated documents of every type, with hostile values, a
// document the Studio's own validateDocument accepts without an error is shown by the site's fetch-and-validate
// functions with nothing dropped; said the other way, whatever the site's contract would drop carries a Studio
// error. A failure prints the shrunk document with the Studio's markers and the site's drop reports.
// DRIFT_RUNS sets the number of documents per type (default 500).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  fetchArticleBySlug,
  fetchArticleList,
  fetchBenefits,
  fetchClinics,
  fetchSiteSettings,
  DEFAULT_LANGUAGE,
  isSiteLanguage,
  setContentLogger,
  type SiteLanguage,
  type ContentFetcher,
  type DroppedContent,
} from '@clinic/content';
import fc from 'fast-check';
import { memoryFetcher } from '@clinic/content/testing/memory-fetcher';
import { byId, seed } from './support/fixtures.ts';
import * as hostile from './support/hostile.ts';
import type { SeedDocument } from './support/seed.ts';
import { describeMarkers, validate } from './support/studio.ts';

const RUNS = Number(process.env.DRIFT_RUNS ?? 500);
// Each document is validated by the Studio and read by the site: about 0.1–0.3 s per document on a busy machine.
const TIMEOUT = RUNS * 1_200;
const ARTICLE_ID = 'article-ketamine-for-crps-what-to-expect';
const REVIEWER_ID = 'person-sample-reviewer';
const AUTHOR_ID = 'person-sample-author';
const CLINIC_ID = 'clinic-propel-sacramento';
const SPANISH_ARTICLE_ID = 'article-es-ketamina-dolor-cronico';
const TRANSLATION_REVIEWER_ID = 'person-sample-translation-reviewer';

/** The site language a generated document is read in; null when it has none the site shows. */
const readLanguage = (document: SeedDocument): SiteLanguage | null => {
  const value = document.language ?? DEFAULT_LANGUAGE;
  return isSiteLanguage(value) ? value : null;
};

// The lake stamps every stored document with these.
const SYSTEM_FIELDS = {
  _createdAt: '2026-01-05T10:00:00Z',
  _updatedAt: '2026-01-05T10:00:00Z',
  _rev: 'drift',
};

/** The site's view of a dataset: the real queries, run with groq-js over published documents. */
function siteFetcher(documents: SeedDocument[]): ContentFetcher {
  return memoryFetcher(documents.map((document) => ({ ...SYSTEM_FIELDS, ...document })));
}

function withDocument(document: SeedDocument): SeedDocument[] {
  return [...seed.filter((item) => item._id !== document._id), document];
}

/** What the site reports dropping while it reads `read`; a `false` from `read` (not shown at all) counts too. */
async function siteDrops(read: () => Promise<boolean>): Promise<string[]> {
  const events: DroppedContent[] = [];
  setContentLogger((event) => events.push(event));
  try {
    const shown = await read();
    const reports = events.map((event) => `${event.dropped} ${event.id} at ${event.path}: ${event.message}`);
    return shown ? reports : [...reports, 'not shown'];
  } finally {
    setContentLogger(null);
  }
}

const tally = new Map<string, { accepted: number; refused: number }>();
afterAll(() => {
  console.log(
    [...tally]
      .map(
        ([type, { accepted, refused }]) =>
          `${type}: ${accepted + refused} documents, ${accepted} accepted by the Studio`,
      )
      .join('\n'),
  );
});

async function checkAgreement(
  type: string,
  document: SeedDocument,
  read: (fetcher: ContentFetcher) => Promise<boolean>,
) {
  const markers = await validate(document, seed);
  const errors = markers.filter((marker) => marker.level === 'error');
  const drops = await siteDrops(() => read(siteFetcher(withDocument(document))));
  const count = tally.get(type) ?? { accepted: 0, refused: 0 };
  if (errors.length === 0) count.accepted++;
  else count.refused++;
  tally.set(type, count);
  if (errors.length === 0 && drops.length > 0) {
    throw new Error(
      `The Studio accepts this ${type}, but the site drops:\n  ${drops.join('\n  ')}\n` +
        `Studio markers:\n${describeMarkers(markers) || '  none'}\nDocument: ${JSON.stringify(document, null, 1)}`,
    );
  }
}

async function agree<T>(type: string, documents: fc.Arbitrary<T>, check: (document: T) => Promise<void>) {
  await fc.assert(fc.asyncProperty(documents, check), { numRuns: RUNS });
  const count = tally.get(type);
  // A generator that only made refused documents would test nothing.
  expect(count?.accepted).toBeGreaterThan(RUNS / 20);
  expect(count?.refused).toBeGreaterThan(RUNS / 20);
}

beforeAll(async () => {
  // The sample dataset itself passes both sides, so every drop below comes from the generated document.
  const drops = await siteDrops(
    async () => (await fetchArticleList(siteFetcher(seed), { pageSize: 100 })).total > 0,
  );
  expect(drops).toEqual([]);
});

// A benefit's related article: none, the sample article in the benefit's language or in the other one, or one that
// does not exist. Only the article in the benefit's own language may be linked (the Studio refuses the other; the
// site leaves it out). The other language comes less often, so enough generated benefits are accepted.
const linkedArticle = (ownLanguageId: string, otherLanguageId: string) =>
  fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 2 },
    { arbitrary: hostile.reference(ownLanguageId), weight: 3 },
    { arbitrary: hostile.reference(otherLanguageId), weight: 1 },
  );

/** The benefit is among those shown, with its article link when it links an article the site shows. */
function showsWithItsLink(benefit: SeedDocument, shown: Array<{ _id: string; article: unknown }>): boolean {
  const item = shown.find((candidate) => candidate._id === benefit._id);
  const linked = (benefit.article as { _ref?: string } | undefined)?._ref;
  const linksAnArticle = seed.some((document) => document._id === linked);
  return item !== undefined && (!linksAnArticle || item.article !== null);
}

describe('what the Studio accepts, the site shows whole', () => {
  it(
    'articles',
    async () => {
      const base = byId(ARTICLE_ID);
      const referenceKeys = (base.references as Array<{ _key: string }>).map((reference) => reference._key);
      const articles = fc
        .record({
          title: hostile.text('Ketamine for CRPS'),
          slug: hostile.slug('ketamine-for-crps-what-to-expect'),
          excerpt: hostile.text(
            'What the evidence for ketamine in CRPS says, and what a course of treatment is like.',
          ),
          heroImage: hostile.image((base.heroImage as { asset: unknown }).asset),
          body: hostile.body(referenceKeys),
          medicalReviewer: hostile.reference(REVIEWER_ID),
          author: hostile.reference(AUTHOR_ID),
        })
        .map((fields) => hostile.overlay(base, fields));
      await agree('article', articles, (article) =>
        checkAgreement('article', article, async (fetcher) => {
          const slug = (article.slug as { current?: string } | undefined)?.current ?? '';
          if ((await fetchArticleBySlug(fetcher, slug)) === null) return false;
          const list = await fetchArticleList(fetcher, { pageSize: 100 });
          return list.articles.some((item) => item._id === article._id);
        }),
      );
    },
    TIMEOUT,
  );

  it(
    'Spanish articles (reviewed by their own approval record), as their page, the Spanish list and the English page link them',
    async () => {
      const base = byId(SPANISH_ARTICLE_ID);
      const englishSlug = (
        byId('article-ketamine-for-chronic-pain-what-the-evidence-says').slug as { current: string }
      ).current;
      const articles = fc
        .record({
          language: hostile.language('es'),
          title: hostile.text('Ketamina para el dolor crónico'),
          slug: hostile.slug('ketamina-dolor-cronico'),
        })
        .map((fields) => hostile.overlay(base, fields));
      await agree('Spanish article', articles, (article) =>
        checkAgreement('Spanish article', article, async (fetcher) => {
          const language = readLanguage(article);
          const slug = (article.slug as { current?: string } | undefined)?.current ?? '';
          if (language === null || (await fetchArticleBySlug(fetcher, slug, language)) === null) return false;
          const list = await fetchArticleList(fetcher, { pageSize: 100, language });
          if (!list.articles.some((item) => item._id === article._id)) return false;
          if (language === DEFAULT_LANGUAGE) return true;
          const english = await fetchArticleBySlug(fetcher, englishSlug);
          return (
            english?.translations.some((link) => link.language === language && link.slug === slug) === true
          );
        }),
      );
    },
    // Three pages are read per document: the article, the Spanish list and the English article.
    TIMEOUT * 3,
  );

  it(
    'people, as an article shows its medical reviewer',
    async () => {
      const base = byId(REVIEWER_ID);
      const people = fc
        .record({
          name: hostile.text('Dr. Sample Reviewer'),
          slug: hostile.slug('sample-reviewer'),
          credentials: hostile.text('MD'),
          photo: fc.oneof(
            fc.constant(undefined),
            hostile.image((byId(ARTICLE_ID).heroImage as { asset: unknown }).asset),
          ),
        })
        .map((fields) => hostile.overlay(base, fields));
      await agree('person', people, (person) =>
        checkAgreement('person', person, async (fetcher) => {
          const article = await fetchArticleBySlug(fetcher, 'ketamine-for-crps-what-to-expect');
          return article?.medicalReviewer?._id === person._id;
        }),
      );
    },
    TIMEOUT,
  );

  it(
    'benefits',
    async () => {
      const base = byId('benefit-crps-pain-relief');
      const benefits = fc
        .record({
          statement: hostile.text('May ease pain for some adults'),
          qualifier: hostile.text('for some adults with CRPS'),
          conditions: fc.array(hostile.text('CRPS'), { maxLength: 2 }),
          references: fc.array(hostile.citation, { minLength: 0, maxLength: 2 }),
          article: linkedArticle(ARTICLE_ID, SPANISH_ARTICLE_ID),
        })
        .map((fields) => hostile.overlay(base, fields));
      await agree('benefit', benefits, (benefit) =>
        checkAgreement('benefit', benefit, async (fetcher) =>
          showsWithItsLink(benefit, await fetchBenefits(fetcher)),
        ),
      );
    },
    TIMEOUT,
  );

  it(
    'Spanish benefits, with their translation review',
    async () => {
      const base = byId('benefit-crps-pain-relief-es');
      const benefits = fc
        .record({
          language: hostile.language('es'),
          statement: hostile.text('Puede aliviar el dolor de algunos adultos'),
          qualifier: hostile.text('para algunos adultos con SDRC'),
          review: hostile.translationReview(TRANSLATION_REVIEWER_ID),
          article: linkedArticle(SPANISH_ARTICLE_ID, ARTICLE_ID),
        })
        .map(({ review, ...fields }) => hostile.overlay(base, { ...fields, ...review }));
      await agree('Spanish benefit', benefits, (benefit) =>
        checkAgreement('Spanish benefit', benefit, async (fetcher) => {
          const language = readLanguage(benefit);
          return language !== null && showsWithItsLink(benefit, await fetchBenefits(fetcher, language));
        }),
      );
    },
    TIMEOUT,
  );

  it(
    'clinics',
    async () => {
      const base = byId(CLINIC_ID);
      const hours = fc.record({
        _type: fc.constant('openingHours'),
        _key: fc.constantFrom('h1', 'h2'),
        days: fc.constantFrom(['Monday'], ['Tuesday', 'Wednesday']),
        opens: hostile.clockTime,
        closes: hostile.clockTime,
      });
      const clinics = fc
        .record({
          name: hostile.text('Propel Therapeutics'),
          phone: hostile.phone,
          email: fc.oneof(fc.constant(undefined), hostile.email),
          website: fc.oneof(fc.constant(undefined), hostile.httpsUrl),
          bookingUrl: fc.oneof(fc.constant(undefined), hostile.httpsUrl),
          mapUrl: fc.oneof(fc.constant(undefined), hostile.httpsUrl),
          openingHours: fc.uniqueArray(hours, { maxLength: 2, selector: (item) => item._key }),
          services: fc.array(hostile.text('Ketamine-assisted therapy'), { maxLength: 2 }),
        })
        .map((fields) => hostile.overlay(base, fields));
      await agree('clinic', clinics, (clinic) =>
        checkAgreement('clinic', clinic, async (fetcher) =>
          (await fetchClinics(fetcher)).some((item) => item._id === clinic._id),
        ),
      );
    },
    TIMEOUT,
  );

  it(
    'site settings',
    async () => {
      const base = byId('siteSettings');
      const settings = fc
        .record({
          siteName: hostile.text('Propel Therapeutics'),
          medicalDisclaimer: hostile.text('This site is for education and is not medical advice.'),
          ctaHeading: hostile.text('Talk to the clinic'),
          ctaText: hostile.text('Call us to ask whether ketamine could help you.'),
          primaryClinic: hostile.reference(CLINIC_ID),
        })
        .map((fields) => hostile.overlay(base, fields));
      await agree('siteSettings', settings, (document) =>
        checkAgreement(
          'siteSettings',
          document,
          async (fetcher) => (await fetchSiteSettings(fetcher)) !== null,
        ),
      );
    },
    TIMEOUT,
  );

  it(
    'Spanish site settings, with their translation review',
    async () => {
      const base = byId('siteSettings-es');
      const settings = fc
        .record({
          language: hostile.language('es'),
          siteName: hostile.text('Propel Therapeutics'),
          crisisNotice: hostile.text(
            'Llame o envíe un mensaje de texto al 988, o llame al 911 si hay peligro inmediato.',
          ),
          ctaText: hostile.text('Llámenos para preguntar si la ketamina podría ayudarle.'),
          review: hostile.translationReview(TRANSLATION_REVIEWER_ID),
        })
        .map(({ review, ...fields }) => hostile.overlay(base, { ...fields, ...review }));
      await agree('Spanish siteSettings', settings, (document) =>
        checkAgreement(
          'Spanish siteSettings',
          document,
          async (fetcher) => (await fetchSiteSettings(fetcher, 'es')) !== null,
        ),
      );
    },
    TIMEOUT,
  );
});
