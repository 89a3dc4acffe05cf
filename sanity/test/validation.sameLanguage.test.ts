// A translated document links translated documents in its own language only: a Spanish benefit links a Spanish
// article (the site builds the link under /es/articulos and would lead nowhere, or its contract leaves the link
// out). Checked for the example and then for every reference field of every translated type that can point at a
// translated type, found by walking the Studio's schema, in every pair of languages.
import { describe, expect, it } from '@jest/globals';
import { queryInMemory } from '@clinic/content/testing/memory-fetcher';
import type { ObjectField, ReferenceFilterResolverContext, SchemaType } from 'sanity';
import { sameLanguageFilter, TRANSLATED_TYPES } from '../schemaTypes/shared/translation.ts';
import { byId, seed } from './support/fixtures.ts';
import type { SeedDocument } from './support/seed.ts';
import { errorsAt, schema, validate } from './support/studio.ts';

const ENGLISH_ARTICLE = 'article-ketamine-for-crps-what-to-expect';
const SPANISH_ARTICLE = 'article-es-ketamina-dolor-cronico';
const SPANISH_BENEFIT = 'benefit-crps-pain-relief-es';
const ENGLISH_BENEFIT = 'benefit-crps-pain-relief';

const linking = (id: string, field: string, target: string): SeedDocument => ({
  ...byId(id),
  [field]: { _type: 'reference', _ref: target },
});

describe('a benefit links an article in its own language', () => {
  it('refuses a Spanish benefit linking the English article, saying which version to link', async () => {
    const markers = await validate(linking(SPANISH_BENEFIT, 'article', ENGLISH_ARTICLE), seed);
    expect(errorsAt(markers, 'article')).toEqual([
      'This benefit is in Spanish but the linked article is in English: link the Spanish version of the article (or none)',
    ]);
  });

  it('refuses an English benefit linking a Spanish article', async () => {
    const markers = await validate(linking(ENGLISH_BENEFIT, 'article', SPANISH_ARTICLE), seed);
    expect(errorsAt(markers, 'article')).toEqual([
      'This benefit is in English but the linked article is in Spanish: link the English version of the article (or none)',
    ]);
  });

  it('accepts each benefit linking the article in its language, and no link at all', async () => {
    expect(
      errorsAt(await validate(linking(SPANISH_BENEFIT, 'article', SPANISH_ARTICLE), seed), 'article'),
    ).toEqual([]);
    expect(
      errorsAt(await validate(linking(ENGLISH_BENEFIT, 'article', ENGLISH_ARTICLE), seed), 'article'),
    ).toEqual([]);
    const { article: _article, ...unlinked } = byId(SPANISH_BENEFIT);
    expect(errorsAt(await validate(unlinked as SeedDocument, seed), 'article')).toEqual([]);
  });
});

describe('the article picker of a benefit', () => {
  /** The articles the picker offers while `benefit` is edited: its filter run over the sample dataset. */
  async function offered(benefit: SeedDocument): Promise<string[]> {
    const { filter, params } = await sameLanguageFilter({
      document: benefit,
    } as unknown as ReferenceFilterResolverContext);
    const query = `*[_type == "article" && (${filter})]._id`;
    return queryInMemory<string[]>(query, params ?? {}, seed);
  }

  it.each([
    [SPANISH_BENEFIT, 'es'],
    [ENGLISH_BENEFIT, 'en'],
  ])('offers %s exactly the articles in %s', async (id, language) => {
    const expected = seed
      .filter((document) => document._type === 'article' && (document.language ?? 'en') === language)
      .map((document) => document._id);
    expect(expected.length).toBeGreaterThan(0);
    expect((await offered(byId(id))).sort()).toEqual(expected.sort());
  });
});

type ReferenceField = { owner: string; field: string; targets: string[] };

const isTranslated = (type: string) => (TRANSLATED_TYPES as readonly string[]).includes(type);

/** Top-level reference fields of a translated type that may point at a translated type (the schema has no
 * nested ones: people and clinics, which nested fields could link, are not translated). */
function translatedReferenceFields(): ReferenceField[] {
  return TRANSLATED_TYPES.flatMap((owner) => {
    const fields = ((schema.get(owner) as SchemaType & { fields?: ObjectField[] }).fields ??
      []) as ObjectField[];
    return fields.flatMap((field): ReferenceField[] => {
      const to = (field.type as SchemaType & { to?: { name: string }[] }).to;
      if (field.type.jsonType !== 'object' || !Array.isArray(to)) return [];
      const targets = to.map((type) => type.name).filter(isTranslated);
      return targets.length > 0 ? [{ owner, field: field.name, targets }] : [];
    });
  });
}

/** A sample document of `type` in `language`, and for a translation one with its review (the seed has both). */
function sampleIn(type: string, language: string): SeedDocument | undefined {
  const found = seed.find((document) => document._type === type && (document.language ?? 'en') === language);
  return found && structuredClone(found);
}

describe('every reference between translated types stays in one language', () => {
  const fields = translatedReferenceFields();

  it("finds the reference fields to check, the benefit's article among them", () => {
    expect(fields).toContainEqual({ owner: 'benefit', field: 'article', targets: ['article'] });
  });

  const cases = fields.flatMap(({ owner, field, targets }) =>
    targets.flatMap((target) =>
      (['en', 'es'] as const).flatMap((ownLanguage) =>
        (['en', 'es'] as const).map((targetLanguage) => ({
          owner,
          field,
          target,
          ownLanguage,
          targetLanguage,
        })),
      ),
    ),
  );

  it.each(cases)(
    '$field of a $owner in $ownLanguage, linking a $target in $targetLanguage',
    async ({ owner, field, target, ownLanguage, targetLanguage }) => {
      const document = sampleIn(owner, ownLanguage);
      const linked = sampleIn(target, targetLanguage);
      expect([document?._id, linked?._id]).toEqual([expect.any(String), expect.any(String)]);
      const markers = await validate(
        { ...document!, [field]: { _type: 'reference', _ref: linked!._id } },
        seed,
      );
      expect(errorsAt(markers, field).length > 0).toBe(ownLanguage !== targetLanguage);
    },
  );
});
