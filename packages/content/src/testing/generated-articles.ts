// Articles written from the sample's own texts, for measuring how the site and its queries grow with content
// (`npm run bench:scale`, the query-growth test). Each generated article takes a sample article of its language as
// its frame (references, risks, people, image) and a body of 8–16 plain paragraphs drawn from every sample article
// of that language, so its length and words are those of real articles. Article i in English and article i in
// Spanish are linked by translation metadata, as the Studio links a translation. The article in the middle holds a
// rare word per language (RARE_WORDS), for timing a search that matches one article. Deterministic: the same
// sample gives the same articles.

type Document = { _id: string; _type: string; [field: string]: unknown };
type Block = {
  _type: string;
  _key?: string;
  style?: string;
  listItem?: string;
  children?: { _key?: string }[];
};

/** A word one generated article per language holds, and a word most articles hold. */
export const RARE_WORDS = { en: 'zorvaxiline', es: 'zorvaxilina' } as const;
export const COMMON_WORDS = { en: 'ketamine', es: 'ketamina' } as const;
const LANGUAGES = ['en', 'es'] as const;
type Language = (typeof LANGUAGES)[number];

/** The slug of generated article `index` in `language`, e.g. `generated-article-0007`, `articulo-generado-0007`. */
export function generatedSlug(index: number, language: Language = 'en'): string {
  return `${language === 'en' ? 'generated-article' : 'articulo-generado'}-${String(index).padStart(4, '0')}`;
}

/** A small deterministic generator (mulberry32): numbers in [0, 1). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const languageOf = (doc: Document) => (doc.language as string | undefined) ?? 'en';
const isPublishedArticle = (doc: Document) => doc._type === 'article' && !doc._id.startsWith('drafts.');

/**
 * `count` generated articles in each of English and Spanish, each with its approval record, plus one translation
 * metadata document per pair, from
 * the published sample articles in `sample`. Throws when the sample has no article in a language.
 */
export function generatedArticles(sample: readonly Document[], count: number): Document[] {
  const next = random(20261207);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const frames = Object.fromEntries(
    LANGUAGES.map((language) => {
      const articles = sample.filter((doc) => isPublishedArticle(doc) && languageOf(doc) === language);
      if (articles.length === 0) throw new Error(`the sample dataset has no ${language} article to copy`);
      return [language, articles];
    }),
  ) as Record<Language, Document[]>;
  // Plain paragraphs only: a drawn paragraph's citation marks would point at another article's references.
  const paragraphs = Object.fromEntries(
    LANGUAGES.map((language) => [
      language,
      frames[language].flatMap((doc) =>
        ((doc.body as Block[] | undefined) ?? []).filter(
          (block) => block._type === 'block' && block.style === 'normal' && !block.listItem,
        ),
      ),
    ]),
  ) as Record<Language, Block[]>;
  const newestApproval = new Map<unknown, Document>();
  for (const approval of sample.filter((doc) => doc._type === 'medicalApproval' && doc.kind === 'approval')) {
    const ref = (approval.document as { _ref?: string } | undefined)?._ref;
    const known = newestApproval.get(ref);
    if (!known || String(approval.at) > String(known.at)) newestApproval.set(ref, approval);
  }
  const generated: Document[] = [];
  for (let i = 0; i < count; i++) {
    const ids = {} as Record<Language, string>;
    for (const language of LANGUAGES) {
      const frame = pick(frames[language]);
      const body: unknown[] = Array.from({ length: 8 + Math.floor(next() * 9) }, (_, n) => {
        const block = pick(paragraphs[language]);
        return {
          ...block,
          _key: `g${n}`,
          markDefs: [],
          children: (block.children ?? []).map((child, c) => ({ ...child, _key: `g${n}c${c}`, marks: [] })),
        };
      });
      if (i === Math.floor(count / 2)) {
        body.push({
          _type: 'block',
          _key: 'rare',
          style: 'normal',
          markDefs: [],
          children: [{ _type: 'span', _key: 'rare-s', text: `${RARE_WORDS[language]}.`, marks: [] }],
        });
      }
      ids[language] = `article-generated-${language}-${i}`;
      const approval = newestApproval.get(frame._id);
      if (approval) {
        generated.push({
          ...approval,
          _id: `approval-generated-${language}-${i}`,
          document: { ...(approval.document as object), _ref: ids[language] },
        });
      }
      generated.push({
        ...frame,
        _id: ids[language],
        slug: { _type: 'slug', current: generatedSlug(i, language) },
        title: `${frame.title as string} (${i + 1})`,
        previousSlugs: [],
        featured: false,
        body,
      });
    }
    generated.push({
      _id: `translations-article-generated-${i}`,
      _type: 'translation.metadata',
      schemaTypes: ['article'],
      translations: LANGUAGES.map((language) => ({
        _key: language,
        _type: 'internationalizedArrayReferenceValue',
        language,
        value: { _type: 'reference', _ref: ids[language] },
      })),
    });
  }
  return generated;
}
