// A benefit or site settings translation cannot be published without its translation review (an article
// translation is reviewed by an approval of its own, like its English version); the language
// itself is checked; slugs are unique per language; the medical review rules apply to a translation as they do to
// its English version.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { todayIsoDate } from '../schemaTypes/shared/dates.ts';
import { byId, seed } from './support/fixtures.ts';
import type { SeedDocument } from './support/seed.ts';
import { errorsAt, validate } from './support/studio.ts';

const SPANISH = {
  article: 'article-es-ketamina-dolor-cronico',
  benefit: 'benefit-crps-pain-relief-es',
  siteSettings: 'siteSettings-es',
} as const;
const ENGLISH_ARTICLE = 'article-ketamine-for-chronic-pain-what-the-evidence-says';

const REVIEWER_REQUIRED = 'Choose the translation reviewer; a translation cannot be published without one';
const DATE_REQUIRED =
  'Enter the date of the translation review; a translation cannot be published without it';

function tomorrow(): string {
  const date = new Date();
  date.setDate(date.getDate() + 1);
  return todayIsoDate(date);
}

function without(document: SeedDocument, ...fields: string[]): SeedDocument {
  const copy = { ...document };
  for (const field of fields) delete copy[field];
  return copy;
}

// Article translations have no review fields: they are approved like any article.
const spanishDocuments = Object.entries(SPANISH).filter(
  ([type, id]) => type !== 'article' && seed.some((document) => document._id === id),
);

describe('translation review', () => {
  it('covers a Spanish article, benefit and site settings in the sample', () => {
    expect(spanishDocuments.map(([type]) => type)).toEqual(['benefit', 'siteSettings']);
  });

  it('asks no typed translation review of a Spanish article: its review is its own approval', async () => {
    const markers = await validate(byId(SPANISH.article), seed);
    expect(errorsAt(markers, 'translationReviewer')).toEqual([]);
    expect(errorsAt(markers, 'translationReviewed')).toEqual([]);
    expect(byId(SPANISH.article)).not.toHaveProperty('translationReviewer');
    expect(
      seed.filter((document) => document._type === 'medicalApproval' && (document.document as { _ref: string })._ref === SPANISH.article),
    ).toHaveLength(1);
  });

  it.each(spanishDocuments)(
    'a Spanish %s cannot be published without a translation reviewer or date',
    async (_type, id) => {
      const markers = await validate(without(byId(id), 'translationReviewer', 'translationReviewed'), seed);
      expect(errorsAt(markers, 'translationReviewer')).toEqual([REVIEWER_REQUIRED]);
      expect(errorsAt(markers, 'translationReviewed')).toEqual([DATE_REQUIRED]);
    },
  );

  it.each(spanishDocuments)('a Spanish %s passes with both, and refuses a future date', async (_type, id) => {
    expect(errorsAt(await validate(byId(id), seed), 'translationReviewer')).toEqual([]);
    const future = { ...byId(id), translationReviewed: tomorrow() };
    expect(errorsAt(await validate(future, seed), 'translationReviewed')).toEqual([
      'The translation review date cannot be in the future; enter the date the reviewer signed off',
    ]);
  });

  it('refuses a translation reviewer without credentials, as for the medical reviewer', async () => {
    const reviewer = { ...byId('person-sample-translation-reviewer'), credentials: ' ' };
    const lake = seed.map((document) => (document._id === reviewer._id ? reviewer : document));
    expect(errorsAt(await validate(byId(SPANISH.benefit), lake), 'translationReviewer')).toEqual([
      'This reviewer has no credentials on their record; add them (e.g. "MD") before publishing',
    ]);
  });

  it('asks nothing of English documents, with or without a language field', async () => {
    const englishBenefit = byId(SPANISH.benefit.replace(/-es$/, ''));
    for (const document of [englishBenefit, without(englishBenefit, 'language')]) {
      const markers = await validate(document, seed);
      expect(errorsAt(markers, 'translationReviewer')).toEqual([]);
      expect(errorsAt(markers, 'translationReviewed')).toEqual([]);
    }
  });

  it('applies the medical review gate to a Spanish article too', async () => {
    const markers = await validate(without(byId(SPANISH.article), 'medicalReviewer'), seed);
    expect(errorsAt(markers, 'medicalReviewer')).toHaveLength(1);
  });

  // The kind: whatever the language field holds and whichever review fields are set, the Studio demands the
  // review exactly when the document is in another site language than English, and refuses unknown languages.
  it('demands the review exactly for non-English documents, for any language value and review state', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(undefined, 'en', 'es', 'fr', 'ES'),
        fc.boolean(),
        fc.boolean(),
        async (language, hasReviewer, hasDate) => {
          const base = without(
            byId(SPANISH.benefit),
            'language',
            'translationReviewer',
            'translationReviewed',
          );
          const source = byId(SPANISH.benefit);
          const document: SeedDocument = {
            ...base,
            ...(language === undefined ? {} : { language }),
            ...(hasReviewer ? { translationReviewer: source.translationReviewer } : {}),
            ...(hasDate ? { translationReviewed: source.translationReviewed } : {}),
          };
          const markers = await validate(document, seed);
          const isTranslation = language !== undefined && language !== 'en';
          expect(errorsAt(markers, 'translationReviewer')).toEqual(
            isTranslation && !hasReviewer ? [REVIEWER_REQUIRED] : [],
          );
          expect(errorsAt(markers, 'translationReviewed')).toEqual(
            isTranslation && !hasDate ? [DATE_REQUIRED] : [],
          );
          expect(errorsAt(markers, 'language').length > 0).toBe(language === 'fr' || language === 'ES');
        },
      ),
      { numRuns: 20 },
    );
  });
});

describe('slugs per language', () => {
  it('lets a Spanish article use the slug of an English one', async () => {
    const english = byId(ENGLISH_ARTICLE);
    const spanish = { ...byId(SPANISH.article), slug: english.slug };
    expect(errorsAt(await validate(spanish, seed), 'slug')).toEqual([]);
  });

  it('refuses a second Spanish article with the same slug, and a second English one', async () => {
    const spanishCopy = { ...byId(SPANISH.article), _id: 'drafts.article-es-copy' };
    expect(errorsAt(await validate(spanishCopy, seed), 'slug')).toEqual(['Slug is already in use']);
    const englishCopy = { ...byId(ENGLISH_ARTICLE), _id: 'article-copy' };
    expect(errorsAt(await validate(englishCopy, seed), 'slug')).toEqual(['Slug is already in use']);
  });

  it('does not count the draft of the document itself', async () => {
    const draft = { ...byId(SPANISH.article), _id: `drafts.${SPANISH.article}` };
    expect(errorsAt(await validate(draft, seed), 'slug')).toEqual([]);
  });
});

describe('site settings per language', () => {
  it('refuses settings whose language does not match their fixed id', async () => {
    expect(
      errorsAt(await validate({ ...byId('siteSettings-es'), language: 'en' }, seed), 'language'),
    ).toEqual(['These are the Español site settings, but their language is "en"; set it to "es"']);
    expect(
      errorsAt(await validate({ ...byId('siteSettings'), _id: 'siteSettings-fr' }, seed), 'language'),
    ).toEqual([
      'The site reads settings only at the ids siteSettings, siteSettings-es; open them from the desk',
    ]);
  });
});
