// A new translation starts as a copy of its source document, made by the document-internationalization plugin,
// which leaves out every field whose schema options say `documentInternationalization: {exclude: true}`. The
// fields that belong to one language only must be left out. A translation that lost a citation or link of its
// English version (a translator typed over the marked words) gets a warning naming them.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { ObjectSchemaType, ValidationMarker } from 'sanity';
import { annotationsLostInTranslation, annotationsOf } from '../schemaTypes/shared/translationMarks.ts';
import { byId, seed } from './support/fixtures.ts';
import type { SeedDocument } from './support/seed.ts';
import { schema, validate } from './support/studio.ts';

const SPANISH_ARTICLE = 'article-es-ketamina-dolor-cronico';
const ENGLISH_ARTICLE = 'article-ketamine-for-chronic-pain-what-the-evidence-says';

/** The plugin's rule (removeExcludedPaths in @sanity/document-internationalization 6.2.31), for top-level fields. */
function fieldsLeftOutOfNewTranslations(type: string): string[] {
  const documentType = schema.get(type) as ObjectSchemaType;
  return documentType.fields
    .filter(
      (field) =>
        (field.type.options as { documentInternationalization?: { exclude?: boolean } } | undefined)
          ?.documentInternationalization?.exclude === true,
    )
    .map((field) => field.name)
    .sort();
}

describe('a new translation does not inherit what belongs to one language', () => {
  // An article's translation review is its own approval record, which a copy of the document does not carry.
  it("leaves out an article's previous URL slugs", () => {
    expect(fieldsLeftOutOfNewTranslations('article')).toEqual(['previousSlugs']);
  });

  it.each(['benefit', 'siteSettings'])('leaves out the translation review of a %s', (type) => {
    expect(fieldsLeftOutOfNewTranslations(type)).toEqual(['translationReviewed', 'translationReviewer']);
  });
});

type Block = { _type: string; markDefs?: { _key: string }[]; children?: { marks?: string[] }[] };

const warningsAtBody = (markers: ValidationMarker[]) =>
  markers
    .filter((marker) => marker.level === 'warning' && marker.path[0] === 'body')
    .map((marker) => marker.message);

describe('a translation that lost a citation or link of its English version', () => {
  const spanish = byId(SPANISH_ARTICLE);
  const markedSpans = (spanish.body as Block[]).flatMap((block, blockIndex) =>
    (block.children ?? []).flatMap((child, childIndex) =>
      (child.marks ?? []).some((mark) => block.markDefs?.some((definition) => definition._key === mark))
        ? [{ blockIndex, childIndex }]
        : [],
    ),
  );

  it('has citations in the sample Spanish article, and no warning while it keeps them all', async () => {
    expect(
      annotationsOf(spanish.body).filter((annotation) => annotation.kind === 'citation').length,
    ).toBeGreaterThan(0);
    expect(warningsAtBody(await validate(spanish, seed))).toEqual([]);
  });

  it('names the words of each citation or link whose mark was typed over (generated)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.subarray(markedSpans, { minLength: 1 }), async (typedOver) => {
        const translation = structuredClone(spanish) as SeedDocument;
        const body = translation.body as Block[];
        for (const { blockIndex, childIndex } of typedOver) {
          const child = body[blockIndex]!.children![childIndex]!;
          const definitions = new Set(body[blockIndex]!.markDefs?.map((definition) => definition._key));
          child.marks = (child.marks ?? []).filter((mark) => !definitions.has(mark));
        }
        // Per kind and target, the translation must have as many annotations as the English version.
        const count = (body: unknown) => {
          const counts = new Map<string, number>();
          for (const { kind, target } of annotationsOf(body))
            counts.set(`${kind} ${target}`, (counts.get(`${kind} ${target}`) ?? 0) + 1);
          return counts;
        };
        const english = annotationsOf(byId(ENGLISH_ARTICLE).body);
        const kept = count(translation.body);
        const short = [...count(byId(ENGLISH_ARTICLE).body)]
          .filter(([key, n]) => (kept.get(key) ?? 0) < n)
          .map(([key]) => key);
        const warnings = warningsAtBody(await validate(translation, seed));
        if (short.length === 0) {
          expect(warnings).toEqual([]);
        } else {
          expect(warnings).toHaveLength(1);
          // Each lost one is named by the English words it is on (the warning quotes them).
          for (const key of short) {
            const texts = english
              .filter(({ kind, target }) => `${kind} ${target}` === key)
              .map(({ text }) => `"${text}"`);
            expect(texts.some((text) => warnings[0]!.includes(text))).toBe(true);
          }
        }
      }),
      { numRuns: 25 },
    );
  });

  it("keeps a link to a page of the site written in the translation's own path; an outside address must stay", () => {
    const linked = (href: string, text: string) => [
      {
        _type: 'block',
        markDefs: [{ _key: 'l', _type: 'link', href }],
        children: [{ _type: 'span', text, marks: ['l'] }],
      },
    ];
    const english = linked(
      '/articles/alternatives-to-ketamine-and-if-it-does-not-help',
      'article on alternatives',
    );
    expect(
      annotationsLostInTranslation(
        english,
        linked('/es/articulos/alternativas-a-la-ketamina-y-si-no-ayuda', 'artículo'),
      ),
    ).toEqual([]);
    expect(
      annotationsLostInTranslation(
        linked('https://988lifeline.org/', 'the 988 Lifeline'),
        linked('https://example.org/', 'la línea'),
      ),
    ).toEqual([{ kind: 'link', target: 'https://988lifeline.org/', text: 'the 988 Lifeline' }]);
  });

  it('does not warn on an English article', async () => {
    const withoutMarks = byId(ENGLISH_ARTICLE);
    for (const block of withoutMarks.body as Block[])
      for (const child of block.children ?? []) child.marks = [];
    expect(warningsAtBody(await validate(withoutMarks, seed))).toEqual([]);
  });
});
