// What a clinician approves: the clinical content of an article, one definition for the Studio, the site and
// check:content. Which fields are clinical, and why each other field is not, is written in docs/content-model.md.
//
// The canonical form keeps what a reader reads and what a claim rests on, and drops what only identifies or stores
// it: `_key`s, `_type`s of plain objects, `_rev`, `_updatedAt`, the `drafts.` prefix, image crops. Portable Text is
// reduced to runs of text with the marks that change their meaning (emphasis, the link's address, the reference a
// citation points at, named by its position in `references`, since keys are storage). Adjacent spans with the same
// marks are merged, so splitting a span in the editor without changing a word is no clinical change. Every object
// is built with a fixed key order, so `JSON.stringify` of the result is canonical.

/**
 * The article fields whose change needs a clinician's approval, in the order the canonical form lists them:
 * - `title`, `excerpt`: what lists, search results and the page's heading claim.
 * - `keyPoints`: the summary at the top of the page, the claims most readers read first.
 * - `body`: every word of the text, its emphasis, links, citations, callouts, calls to action and images
 *   (asset, alt text and caption).
 * - `references`: the sources behind the claims, with each source's type of evidence (its evidence level).
 * - `risks`: the risks, side effects and reasons not to have ketamine (who should not).
 * - `conditions`: the conditions the article says ketamine is used for.
 * - `showCrisisNotice`: whether the page shows the 988 / 911 crisis notice.
 * - `seo`: the title and description search engines show for the article.
 */
export const CLINICAL_FIELDS = [
  'title',
  'excerpt',
  'keyPoints',
  'body',
  'references',
  'risks',
  'conditions',
  'showCrisisNotice',
  'seo',
] as const;

export type ClinicalField = (typeof CLINICAL_FIELDS)[number];

/** A run of text in a block: its text and its marks, in canonical order. */
export type ClinicalRun = { text: string; marks: string[] };

export type ClinicalBlock =
  | { type: 'block'; style: string; listItem: string | null; level: number | null; runs: ClinicalRun[] }
  | { type: 'callout'; tone: string | null; text: string }
  | { type: 'ctaBlock'; heading: string; text: string; action: string | null }
  | { type: 'image'; asset: string | null; alt: string; caption: string }
  | { type: 'unknown'; blockType: string; json: string };

export type ClinicalReference = {
  title: string;
  authors: string;
  source: string;
  year: number | null;
  doi: string;
  url: string;
  studyType: string | null;
};

/** The canonical clinical content of an article (see CLINICAL_FIELDS for why each field is here). */
export type ClinicalContent = {
  title: string;
  excerpt: string;
  keyPoints: string[];
  body: ClinicalBlock[];
  references: ClinicalReference[];
  risks: string[];
  conditions: string[];
  showCrisisNotice: boolean;
  seo: { title: string; description: string };
};

type Loose = Record<string, unknown>;
const isRecord = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const optionalString = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const texts = (value: unknown): string[] => list(value).map(text);

// Key order of an unknown value fixed, keys and other storage fields left out, for content this module does not
// know (a block type added to the schema later): it still counts, so it can never change unnoticed.
function canonicalUnknown(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalUnknown);
  if (!isRecord(value)) return value ?? null;
  return Object.fromEntries(
    Object.keys(value)
      .filter((key) => key !== '_key' && key !== '_rev' && key !== '_updatedAt' && key !== '_createdAt')
      .sort()
      .map((key) => [key, canonicalUnknown(value[key])]),
  );
}

function markNames(marks: unknown, markDefs: Loose[], referenceKeys: string[]): string[] {
  const names = texts(marks).map((mark) => {
    const definition = markDefs.find((candidate) => candidate._key === mark);
    if (!definition) return mark; // a decorator: "strong", "em"
    if (definition._type === 'link') return `link:${text(definition.href)}`;
    if (definition._type === 'citation') {
      // A citation is named by the reference it points at; one pointing at nothing is still a (broken) citation.
      const position = referenceKeys.indexOf(text(definition.referenceKey));
      return `citation:${position}`;
    }
    return `${text(definition._type)}:${JSON.stringify(canonicalUnknown({ ...definition, _type: undefined }))}`;
  });
  return [...new Set(names)].sort();
}

function textBlock(block: Loose, referenceKeys: string[]): ClinicalBlock {
  const markDefs = list(block.markDefs).filter(isRecord);
  const runs: ClinicalRun[] = [];
  for (const child of list(block.children).filter(isRecord)) {
    const run = { text: text(child.text), marks: markNames(child.marks, markDefs, referenceKeys) };
    if (run.text === '') continue;
    const previous = runs.at(-1);
    if (previous && previous.marks.join('\n') === run.marks.join('\n')) previous.text += run.text;
    else runs.push(run);
  }
  return {
    type: 'block',
    style: optionalString(block.style) ?? 'normal',
    listItem: optionalString(block.listItem),
    level: typeof block.level === 'number' ? block.level : null,
    runs,
  };
}

function bodyBlock(block: unknown, referenceKeys: string[]): ClinicalBlock {
  if (!isRecord(block))
    return { type: 'unknown', blockType: '', json: JSON.stringify(canonicalUnknown(block)) };
  switch (block._type) {
    case 'block':
      return textBlock(block, referenceKeys);
    case 'callout':
      return { type: 'callout', tone: optionalString(block.tone), text: text(block.text) };
    case 'ctaBlock':
      return {
        type: 'ctaBlock',
        heading: text(block.heading),
        text: text(block.text),
        action: optionalString(block.action),
      };
    case 'image': {
      const asset = isRecord(block.asset)
        ? (optionalString(block.asset._ref) ?? optionalString(block.asset._id))
        : null;
      return { type: 'image', asset, alt: text(block.alt), caption: text(block.caption) };
    }
    default:
      return { type: 'unknown', blockType: text(block._type), json: JSON.stringify(canonicalUnknown(block)) };
  }
}

function reference(value: unknown): ClinicalReference {
  const item = isRecord(value) ? value : {};
  return {
    title: text(item.title),
    authors: text(item.authors),
    source: text(item.source),
    year: typeof item.year === 'number' ? item.year : null,
    doi: text(item.doi),
    url: text(item.url),
    studyType: optionalString(item.studyType),
  };
}

/**
 * The clinical content of an article document (stored, draft, or the site's GROQ projection of it: only the
 * fields in CLINICAL_FIELDS are read, and in the body only `_type`, text, marks, mark definitions, style, list
 * type and level, and the callout, call-to-action and image fields). Missing or malformed values read as empty,
 * never throw: a half-written draft has a fingerprint too.
 */
export function clinicalContent(document: unknown): ClinicalContent {
  const doc = isRecord(document) ? document : {};
  const references = list(doc.references);
  const referenceKeys = references.map((item) => (isRecord(item) ? text(item._key) : ''));
  const seo = isRecord(doc.seo) ? doc.seo : {};
  return {
    title: text(doc.title),
    excerpt: text(doc.excerpt),
    keyPoints: texts(doc.keyPoints),
    body: list(doc.body).map((block) => bodyBlock(block, referenceKeys)),
    references: references.map(reference),
    risks: texts(doc.risks),
    conditions: texts(doc.conditions),
    showCrisisNotice: doc.showCrisisNotice === true,
    seo: { title: text(seo.title), description: text(seo.description) },
  };
}
