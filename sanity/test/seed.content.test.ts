// What the sample dataset must contain, and must never say.
import { describe, expect, it } from '@jest/globals';
import { statSync } from 'node:fs';
import { clinicalFingerprint } from '@clinic/content/review';
import { BANNED_CLAIMS, saysPhrase } from '../contentCheck/rules.ts';
import { reviewCutoffDate } from '../schemaTypes/shared/dates.ts';
import { MENTAL_HEALTH_TOPICS } from '../schemaTypes/shared/topics.ts';
import { assetFilePath, objectsWithKey, readSeedDocuments, type SeedDocument } from './support/seed.ts';

const documents = readSeedDocuments();
const ofType = (type: string) => documents.filter((document) => document._type === type);
const articles = ofType('article');
const benefits = ofType('benefit');

interface Block {
  _type: string;
  style?: string;
  listItem?: string;
  children?: { text: string }[];
  markDefs?: { _type: string; referenceKey?: string }[];
}

const body = (article: SeedDocument) => article.body as Block[];
const bodyText = (article: SeedDocument) =>
  body(article)
    .map((block) =>
      block.children
        ? block.children.map((span) => span.text).join('')
        : String((block as { text?: string }).text ?? ''),
    )
    .join(' ');
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('sample dataset contents', () => {
  it('has unique document ids', () => {
    const ids = documents.map((document) => document._id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('contains at least six articles and six benefits', () => {
    expect(articles.length).toBeGreaterThanOrEqual(6);
    expect(benefits.length).toBeGreaterThanOrEqual(6);
  });

  it('resolves every reference to a document in the dataset', () => {
    const ids = new Set(documents.map((document) => document._id));
    const dangling = documents.flatMap((document) =>
      objectsWithKey(document, '_ref')
        .map((reference) => String(reference._ref))
        .filter((ref) => !ids.has(ref))
        .map((ref) => `${document._id} -> ${ref}`),
    );
    expect(dangling).toEqual([]);
  });

  it('points every image at a small file that exists, with alt text', () => {
    const images = documents.flatMap((document) => objectsWithKey(document, '_sanityAsset'));
    expect(images.length).toBeGreaterThanOrEqual(articles.length);
    for (const image of images) {
      expect(statSync(assetFilePath(String(image._sanityAsset))).size).toBeLessThan(60 * 1024);
      expect(String(image.alt ?? '').length).toBeGreaterThan(20);
    }
  });

  it('never repeats the unsupported claims of the original marketing text', () => {
    const text = JSON.stringify(documents);
    expect(BANNED_CLAIMS.filter((phrase) => saysPhrase(text, phrase))).toEqual([]);
  });

  it('never offers fibromyalgia or arthritis as a benefit', () => {
    const offending = benefits.filter((benefit) =>
      /fibromyalgia|arthritis|inflamm|fibromialgia|artritis|inflam/i.test(JSON.stringify(benefit)),
    );
    expect(offending.map((benefit) => benefit._id)).toEqual([]);
  });

  it('gives every benefit a qualifier, an evidence level and at least one reference', () => {
    for (const benefit of benefits) {
      expect(benefit.qualifier).toEqual(expect.any(String));
      expect(['moderate', 'low', 'mechanistic', 'process']).toContain(benefit.evidenceLevel);
      expect((benefit.references as unknown[]).length).toBeGreaterThan(0);
    }
  });

  it.each(articles.map((article) => [article._id, article] as const))(
    '%s is 350-700 words with headings, a list, a citation, a callout and a call to action',
    (_id, article) => {
      expect(wordCount(bodyText(article))).toBeGreaterThanOrEqual(350);
      expect(wordCount(bodyText(article))).toBeLessThanOrEqual(700);
      const blocks = body(article);
      expect(blocks.some((block) => block.style === 'h2')).toBe(true);
      expect(blocks.some((block) => block.listItem)).toBe(true);
      expect(blocks.some((block) => block._type === 'callout')).toBe(true);
      expect(blocks.some((block) => block._type === 'ctaBlock')).toBe(true);
      const citedKeys = blocks
        .flatMap((block) => block.markDefs ?? [])
        .filter((mark) => mark._type === 'citation');
      expect(citedKeys.length).toBeGreaterThan(0);
      expect((article.risks as string[]).length).toBeGreaterThan(0);
      if (MENTAL_HEALTH_TOPICS.has(String(article.topic))) {
        expect(article.showCrisisNotice).toBe(true);
        expect(bodyText(article)).toMatch(/988/);
      }
    },
  );

  it('has articles approved recently and at least one that is due for medical review', () => {
    const cutoff = reviewCutoffDate();
    const approvedOn = (article: SeedDocument) =>
      ofType('medicalApproval')
        .filter((approval) => (approval.document as { _ref: string })._ref === article._id)
        .map((approval) => String(approval.at).slice(0, 10))
        .sort()
        .at(-1) ?? '';
    const due = articles.filter((article) => approvedOn(article) < cutoff);
    expect(due.length).toBeGreaterThanOrEqual(1);
    expect(due.length).toBeLessThan(articles.length);
  });

  it('records the review of each article as an approval of its text as built, never of a text rewritten since', () => {
    const approvals = ofType('medicalApproval');
    expect(approvals.map((approval) => (approval.document as { _ref: string })._ref).sort()).toEqual(
      articles.map((article) => article._id).sort(),
    );
    // Rewritten after their review: CRPS, depression, ketamine compared with ECT, cost, a session.
    const rewritten = [
      'ketamine-for-crps-what-to-expect',
      'ketamine-and-esketamine-for-treatment-resistant-depression',
      'ketamine-compared-with-ect',
      'ketamine-treatment-cost-and-insurance',
      'what-a-ketamine-session-is-like-and-when-to-get-urgent-help',
    ];
    for (const approval of approvals) {
      const article = articles.find((candidate) => candidate._id === (approval.document as { _ref: string })._ref)!;
      const slug = (article.slug as { current: string }).current;
      const current = approval.clinicalFingerprint === clinicalFingerprint(article);
      expect({ slug, current }).toEqual({ slug, current: !rewritten.includes(slug) });
      expect(approval).toMatchObject({ kind: 'approval', language: article.language, at: expect.stringMatching(/Z$/) });
      expect(String(approval._id)).not.toContain('.');
    }
  });

  it('marks every sample person as a placeholder, never as a real clinician', () => {
    for (const person of ofType('person')) {
      expect(person.isSamplePlaceholder).toBe(true);
      expect(String(person.name)).toMatch(/placeholder/i);
      expect(String(person.credentials)).toMatch(/placeholder/i);
    }
  });

  it('has Spanish versions of at least four articles, every benefit and the site settings, each linked to its English version', () => {
    const spanish = (list: SeedDocument[]) => list.filter((document) => document.language === 'es');
    const english = (list: SeedDocument[]) => list.filter((document) => document.language === 'en');
    expect(spanish(articles).length).toBeGreaterThanOrEqual(4);
    expect(spanish(benefits).length).toBe(english(benefits).length);
    expect(spanish(ofType('siteSettings')).map((document) => document._id)).toEqual(['siteSettings-es']);
    // Every document states its language; nothing is left to the "no language means English" fallback.
    for (const type of ['article', 'benefit', 'siteSettings']) {
      expect(
        ofType(type).filter((document) => document.language !== 'en' && document.language !== 'es'),
      ).toEqual([]);
    }
    const linked = new Map(
      ofType('translation.metadata').flatMap((metadata) =>
        (metadata.translations as { language: string; value: { _ref: string } }[]).map(
          (entry) => [entry.value._ref, metadata._id] as const,
        ),
      ),
    );
    for (const document of spanish(articles)) {
      expect(linked.has(document._id)).toBe(true);
      const approval = ofType('medicalApproval').find(
        (candidate) => (candidate.document as { _ref: string })._ref === document._id,
      );
      expect(approval?.person).toMatchObject({ _ref: 'person-sample-translation-reviewer' });
    }
    for (const document of [...spanish(benefits), ...spanish(ofType('siteSettings'))]) {
      expect(linked.has(document._id)).toBe(true);
      expect(document.translationReviewer).toEqual({
        _type: 'reference',
        _ref: 'person-sample-translation-reviewer',
      });
    }
  });

  /** Each document's versions by language, through the translation metadata: id → { en: id, es: id }. */
  const versionsOf = (id: string): Record<string, string> => {
    const metadata = ofType('translation.metadata').find((candidate) =>
      (candidate.translations as { value: { _ref: string } }[]).some((entry) => entry.value._ref === id),
    );
    const entries = (metadata?.translations ?? []) as { language: string; value: { _ref: string } }[];
    return Object.fromEntries(entries.map((entry) => [entry.language, entry.value._ref]));
  };

  it('has a Spanish version of every article that carries risks, contraindications, urgent help or cost', () => {
    const safety = articles.filter(
      (article) => article.language === 'en' && ((article.risks as string[] | undefined) ?? []).length > 0,
    );
    expect(safety.length).toBeGreaterThan(0);
    expect(safety.filter((article) => !versionsOf(article._id).es).map((article) => article._id)).toEqual([]);
  });

  it("gives every Spanish article its English article's shape: the same blocks, citations, risks and key points", () => {
    // Block by block: type, style, list, callout tone and the citations (or links) it carries, in order. A
    // dropped paragraph, a moved citation or a merged risk shows here even when the words read well.
    const shape = (article: SeedDocument) => ({
      blocks: (article.body as (Block & { tone?: string })[]).map((block) => [
        block._type,
        block.style ?? null,
        block.listItem ?? null,
        block.tone ?? null,
        (block.markDefs ?? []).map((mark) => mark.referenceKey ?? mark._type),
      ]),
      risks: (article.risks as string[]).length,
      keyPoints: ((article.keyPoints as string[] | undefined) ?? []).length,
    });
    const spanish = articles.filter((article) => article.language === 'es');
    expect(spanish.length).toBeGreaterThan(0);
    for (const article of spanish) {
      const english = articles.find((candidate) => candidate._id === versionsOf(article._id).en)!;
      expect([article._id, shape(article)]).toEqual([article._id, shape(english)]);
    }
  });

  it("links every Spanish benefit to the Spanish version of its English benefit's article", () => {
    const spanishBenefits = benefits.filter((benefit) => benefit.language === 'es');
    expect(spanishBenefits.length).toBeGreaterThan(0);
    for (const benefit of spanishBenefits) {
      const englishBenefit = benefits.find((candidate) => candidate._id === versionsOf(benefit._id).en);
      const englishArticle = (englishBenefit?.article as { _ref: string } | undefined)?._ref;
      const spanishArticle = (benefit.article as { _ref: string } | undefined)?._ref;
      expect([benefit._id, spanishArticle]).toEqual([benefit._id, englishArticle && versionsOf(englishArticle).es]);
      expect(articles.find((article) => article._id === spanishArticle)?.language).toBe('es');
    }
  });

  it('names a translation reviewer who is plainly a placeholder for a bilingual clinician', () => {
    const reviewer = ofType('person').find((person) => person._id === 'person-sample-translation-reviewer');
    expect(reviewer).toMatchObject({ isSamplePlaceholder: true });
    expect(String(reviewer?.name)).toMatch(/placeholder/i);
    expect(String(reviewer?.bio)).toMatch(/bilingual/i);
    expect(String(reviewer?.bio)).toMatch(/replace/i);
  });

  it('keeps the clinic record to the facts the clinic gave, with nothing invented', () => {
    const [clinic] = ofType('clinic');
    expect(clinic).toMatchObject({
      name: 'Propel Therapeutics',
      phone: '+19169159215',
      website: 'https://www.propeltherapeutics.com/',
      address: {
        streetAddress: '1010 Hurley Way Suite 140',
        addressLocality: 'Sacramento',
        addressRegion: 'CA',
        postalCode: '95825',
        addressCountry: 'US',
      },
    });
    // The primary clinic is chosen in site settings only; a clinic carries no flag of its own. What only the clinic
    // can say (visit, payment) is left for marketing to fill in.
    for (const invented of [
      'openingHours',
      'email',
      'geo',
      'bookingUrl',
      'mapUrl',
      'isPrimary',
      'visitDescription',
      'paymentInformation',
    ]) {
      expect(clinic).not.toHaveProperty(invented);
    }
  });

  it('points site settings at the primary clinic and names 988 and 911 in the crisis notice', () => {
    const [settings] = ofType('siteSettings');
    expect(settings?._id).toBe('siteSettings');
    expect(settings?.primaryClinic).toEqual({ _type: 'reference', _ref: 'clinic-propel-sacramento' });
    expect(String(settings?.crisisNotice)).toMatch(/988/);
    expect(String(settings?.crisisNotice)).toMatch(/911/);
  });
});
