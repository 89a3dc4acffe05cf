// Where a problem is, in editors' words. The Validation panel heads each problem with the titles of the schema types
// along its path (getPathTitles in sanity's structure tool: a field's title, an array member's title, each joined
// with " / "). So every field and member a problem can be reported at needs a title an editor recognises; and the
// parts of a text block whose titles Sanity fixes ("Content", "Mark definitions", "Span"…) or a list's items, which
// a title cannot number, are named by the message itself: 'Body, paragraph 3 ("…"), link "see study": …'.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { ObjectSchemaType, Path, SchemaType, ValidationMarker } from 'sanity';
import { byId, seed } from './support/fixtures.ts';
import { describeMarkers, schema, validate } from './support/studio.ts';

/** Fields of a text block and of its spans: Sanity builds them with titles of its own that a schema cannot set. */
const SANITY_BLOCK_PARTS = new Set(['children', 'style', 'listItem', 'markDefs', 'level', 'marks', 'text']);
/** Parts of Sanity's own types editors never see as fields (asset, crop, the reference id…): no problem is shown there. */
const HIDDEN_PARTS = new Set(['asset', 'hotspot', 'crop', 'media', 'current', 'source']);
/** Titles Sanity gives an array member that has none: the name of its type, which editors do not speak. */
const TYPE_NAMES_AS_TITLES = new Set(['String', 'Number', 'Boolean', 'Block', 'Span', 'Object', 'Array', 'Url']);

const isObjectType = (type: SchemaType): type is ObjectSchemaType => type.jsonType === 'object' && 'fields' in type;
const membersOf = (type: SchemaType): SchemaType[] => (type.jsonType === 'array' ? (type as { of: SchemaType[] }).of : []);

/** The title Sanity generates for a field without one: "markDefs" → "Mark Defs". */
const generatedTitle = (name: string) =>
  name.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/^./, (first) => first.toUpperCase());

interface Node {
  trail: string;
  title: string | undefined;
  /** A field (named in the schema) or an array member. */
  kind: 'field' | 'member';
  name: string;
}

/** Every field and array member a problem can be reported at, reached from the document types. */
function reportableNodes(): Node[] {
  const nodes: Node[] = [];
  const seen = new Set<SchemaType>();
  const visit = (type: SchemaType, trail: string) => {
    if (seen.has(type)) return;
    seen.add(type);
    if (type.name === 'reference' || (type.type && type.type.name === 'reference')) return;
    if (isObjectType(type)) {
      for (const field of type.fields) {
        if (field.name.startsWith('_') || HIDDEN_PARTS.has(field.name) && isSanityPart(type)) continue;
        const at = `${trail}.${field.name}`;
        if (!SANITY_BLOCK_PARTS.has(field.name) || !isTextBlockOrSpan(type)) {
          nodes.push({ trail: at, title: field.type.title, kind: 'field', name: field.name });
        }
        // A span's marks are decorator names and annotation keys, never shown as fields.
        if (!(field.name === 'marks' && isTextBlockOrSpan(type))) visit(field.type, at);
      }
    }
    for (const member of membersOf(type)) {
      const at = `${trail}[${member.name}]`;
      if (member.name !== 'span') nodes.push({ trail: at, title: member.title, kind: 'member', name: member.name });
      visit(member, at);
    }
  };
  for (const type of schema.getTypeNames().map((name) => schema.get(name)!)) {
    if (type.type?.name === 'document' && !type.name.startsWith('sanity.') && !type.name.includes('.')) {
      visit(type, type.name);
    }
  }
  return nodes;
}

function typeChain(type: SchemaType | undefined): string[] {
  const names: string[] = [];
  for (let at = type; at; at = at.type) names.push(at.name);
  return names;
}
const isTextBlockOrSpan = (type: SchemaType) => typeChain(type).some((name) => name === 'block' || name === 'span');
const isSanityPart = (type: SchemaType) =>
  typeChain(type).some((name) => ['image', 'file', 'slug', 'geopoint'].includes(name));

/** What is wrong with a title an editor would read in the panel's heading, or null. */
function titleProblem(node: Node): string | null {
  const { title, name, kind } = node;
  if (!title || !title.trim()) return 'no title';
  if (/[a-z][A-Z]|_/.test(title)) return `"${title}" is a code name`;
  if (kind === 'field' && /[A-Z_]/.test(name) && title === generatedTitle(name)) return `"${title}" is generated from "${name}"`;
  if (kind === 'member' && TYPE_NAMES_AS_TITLES.has(title)) return `"${title}" is the name of a Sanity type`;
  return null;
}

describe('titles along every path a problem can be reported at', () => {
  const nodes = reportableNodes();

  it('reach the article body, its links and citations, and the lists of references and opening hours', () => {
    const trails = nodes.map((node) => node.trail);
    expect(trails).toEqual(
      expect.arrayContaining([
        'article.body[block]',
        'article.body[block].markDefs[link].href',
        'article.body[block].markDefs[citation].referenceKey',
        'article.body[image].alt',
        'article.references[citation].doi',
        'article.risks[string]',
        'clinic.openingHours[openingHours].closes',
      ]),
    );
  });

  it('are words an editor knows: set by the schema, not code names or Sanity type names', () => {
    const problems = nodes.flatMap((node) => {
      const problem = titleProblem(node);
      return problem ? [`${node.trail}: ${problem}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it('tell a code name or a type name from a title', () => {
    const node = (title: string | undefined, name: string, kind: Node['kind'] = 'field'): Node => ({ trail: name, title, name, kind });
    expect(titleProblem(node('Mark Defs', 'markDefs'))).toBe('"Mark Defs" is generated from "markDefs"');
    expect(titleProblem(node('referenceKey', 'referenceKey'))).toBe('"referenceKey" is a code name');
    expect(titleProblem(node('String', 'string', 'member'))).toBe('"String" is the name of a Sanity type');
    expect(titleProblem(node(undefined, 'alt'))).toBe('no title');
    expect(titleProblem(node('Link address', 'href'))).toBeNull();
  });
});

// --- Generated articles with problems inside their lists -------------------------------------------------------

const WORDS = ['dose', 'clinic', 'nurse', 'trial', 'relief', 'safety', 'pain', 'visit'];
const words = (min: number, max: number) =>
  fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((list) => list.join(' '));

type TextKind = 'paragraph' | 'heading' | 'subheading' | 'quote' | 'list item';
const STYLE_OF: Record<TextKind, { style: string; listItem?: string; level?: number }> = {
  paragraph: { style: 'normal' },
  heading: { style: 'h2' },
  subheading: { style: 'h3' },
  quote: { style: 'blockquote' },
  'list item': { style: 'normal', listItem: 'bullet', level: 1 },
};

const article = byId('article-ketamine-for-chronic-pain-what-the-evidence-says');
const listedReference = (article.references as { _key: string }[])[0]!._key;
const imageAsset = (article.heroImage as { asset: unknown }).asset;

/** One body item as generated: its kind as an editor calls it, whether it is faulty, and the item itself. */
interface BodyItem {
  kind: string;
  faulty: boolean;
  /** The words an annotation is on, and which annotation, when the fault is in one. */
  annotation?: { type: 'link' | 'citation'; text: string };
  /** The block's text when it is short enough to be quoted whole. */
  text?: string;
  value: Record<string, unknown>;
}

const textBlock: fc.Arbitrary<BodyItem> = fc
  .record({
    kind: fc.constantFrom<TextKind>('paragraph', 'heading', 'subheading', 'quote', 'list item'),
    lead: words(0, 3),
    annotation: fc.option(
      fc.record({
        type: fc.constantFrom<'link' | 'citation'>('link', 'citation'),
        text: words(1, 2),
        target: fc.constantFrom('good', 'missing', 'wrong'),
      }),
      { nil: undefined },
    ),
  })
  .map(({ kind, lead, annotation }) => {
    const spans = [{ _type: 'span', _key: 's0', text: lead, marks: [] as string[] }];
    const markDefs: Record<string, unknown>[] = [];
    if (annotation) {
      const def: Record<string, unknown> = { _type: annotation.type, _key: 'm1' };
      const field = annotation.type === 'link' ? 'href' : 'referenceKey';
      if (annotation.target === 'good') def[field] = annotation.type === 'link' ? 'https://www.fda.gov/' : listedReference;
      if (annotation.target === 'wrong') def[field] = annotation.type === 'link' ? 'http://www.fda.gov/' : 'not-listed';
      markDefs.push(def);
      spans.push({ _type: 'span', _key: 's1', text: `${lead ? ' ' : ''}${annotation.text}`, marks: ['m1'] });
    }
    const text = spans.map((span) => span.text).join('');
    const annotationFaulty = annotation !== undefined && annotation.target !== 'good';
    return {
      kind,
      faulty: text.trim() === '' || annotationFaulty,
      annotation: annotationFaulty ? { type: annotation!.type, text: annotation!.text } : undefined,
      text: text.trim() === '' ? undefined : text,
      value: { _type: 'block', markDefs, children: spans, ...STYLE_OF[kind] },
    };
  });

const image: fc.Arbitrary<BodyItem> = fc
  .option(words(2, 3), { nil: undefined })
  .map((alt) => ({
    kind: 'image',
    faulty: alt === undefined,
    text: alt,
    value: { _type: 'image', asset: imageAsset, ...(alt === undefined ? {} : { alt }) },
  }));

const callout: fc.Arbitrary<BodyItem> = fc
  .record({ tone: fc.constantFrom('info', undefined), text: words(0, 4) })
  .map(({ tone, text }) => ({
    kind: 'callout',
    faulty: tone === undefined || text === '',
    text: text || undefined,
    value: { _type: 'callout', text, ...(tone ? { tone } : {}) },
  }));

const callToAction: fc.Arbitrary<BodyItem> = words(0, 4).map((heading) => ({
  kind: 'call to action',
  faulty: heading === '',
  text: heading || undefined,
  value: { _type: 'ctaBlock', heading, action: 'call' },
}));

const body = fc.array(fc.oneof({ arbitrary: textBlock, weight: 3 }, image, callout, callToAction), {
  minLength: 1,
  maxLength: 6,
});

/** A reference and whether it is faulty; its title is quoted when it has one. */
const reference = fc
  .record({ title: words(0, 3), fault: fc.constantFrom('none', 'doi', 'neither') })
  .map(({ title, fault }) => {
    const { doi: _doi, url: _url, ...rest } = (article.references as Record<string, unknown>[])[0]!;
    const found = fault === 'neither' ? {} : fault === 'doi' ? { doi: 'https://doi.org/x' } : { doi: '10.1056/NEJMoa2302399' };
    return { faulty: title === '' || fault !== 'none', text: title || undefined, value: { ...rest, title, ...found } };
  });

/** "Body, paragraph 2": the kind and its number among the list's items of that kind, as the generator made them. */
function expectedPlaces(list: string, items: { kind: string }[]): string[] {
  return items.map((item, index) => {
    const number = items.slice(0, index + 1).filter((other) => other.kind === item.kind).length;
    return `${list}, ${item.kind} ${number}`;
  });
}

/** The types along `path`, as the panel's heading walks them (a model of getPathTitles in sanity's structure tool). */
interface Step {
  type: SchemaType;
  name: string;
  kind: Node['kind'];
  /** A part of a text block whose title Sanity fixes. */
  sanityPart: boolean;
}

function typesAlong(path: Path, document: Record<string, unknown>): Step[] {
  const result: Step[] = [];
  let type: SchemaType | undefined = schema.get(document._type as string);
  let value: unknown = document;
  for (const segment of path) {
    if (!type) break;
    if (typeof segment === 'string') {
      const parent: SchemaType = type;
      const field: { name: string; type: SchemaType } | undefined = isObjectType(parent)
        ? parent.fields.find((candidate) => candidate.name === segment)
        : undefined;
      if (!field) break;
      result.push({ type: field.type, name: segment, kind: 'field', sanityPart: SANITY_BLOCK_PARTS.has(segment) && isTextBlockOrSpan(parent) });
      type = field.type;
      value = (value as Record<string, unknown> | undefined)?.[segment];
      continue;
    }
    const list = Array.isArray(value) ? value : [];
    const item =
      typeof segment === 'number' ? list[segment] : list.find((entry) => (entry as { _key?: string })._key === (segment as { _key: string })._key);
    const member: SchemaType | undefined = membersOf(type).find((candidate) =>
      typeof item === 'object' && item !== null ? candidate.name === (item as { _type?: string })._type : candidate.jsonType === typeof item,
    );
    if (!member) break;
    result.push({ type: member, name: member.name, kind: 'member', sanityPart: member.name === 'span' });
    type = member;
    value = item;
  }
  return result;
}

describe('problems inside the body and the references of generated articles', () => {
  it('name their place in words: the item by kind, number and text, the link or citation by its words', async () => {
    await fc.assert(
      fc.asyncProperty(body, fc.array(reference, { minLength: 1, maxLength: 3 }), async (bodyItems, references) => {
        const referenceKeys = references.map((_, index) => (index === 0 ? listedReference : `r${index}`));
        const document = {
          ...article,
          body: bodyItems.map((item, index) => ({ ...item.value, _key: `b${index}` })),
          // The first reference keeps its key, which the generated citations point at.
          references: references.map((item, index) => ({ ...item.value, _key: referenceKeys[index] })),
        };
        const errors = (await validate(document, seed)).filter((marker) => marker.level === 'error');
        const report = describeMarkers(errors);
        const lists = [
          { field: 'body', items: bodyItems, keys: bodyItems.map((_, index) => `b${index}`), places: expectedPlaces('Body', bodyItems) },
          {
            field: 'references',
            items: references,
            keys: referenceKeys,
            places: expectedPlaces('References', references.map(() => ({ kind: 'reference' }))),
          },
        ];

        for (const { field, items, keys, places } of lists) {
          items.forEach((item: { faulty: boolean; text?: string; annotation?: BodyItem['annotation'] }, index) => {
            const inItem = errors.filter(
              (marker) => marker.path[0] === field && (marker.path[1] as { _key?: string })?._key === keys[index],
            );
            // A faulty item is reported, a sound one is not: the generator knows which is which.
            expect(inItem.length > 0 ? `${places[index]} reported` : `${places[index]} not reported`).toBe(
              item.faulty ? `${places[index]} reported` : `${places[index]} not reported`,
            );
            for (const marker of inItem) {
              const place = `${places[index]}${item.text ? ` ("${item.text}")` : ''}`;
              expect(`${marker.message}\n${report}`).toMatch(new RegExp(`^${escape(place)}(, |: )`));
              if (item.annotation && marker.path.includes('markDefs')) {
                const named = item.annotation.type === 'link' ? `link "${item.annotation.text}": ` : `citation on "${item.annotation.text}": `;
                expect(marker.message).toContain(`${place}, ${named}`);
              }
            }
          });
        }

        // The panel's heading for every problem uses the schema's titles; where it passes through a part whose
        // title Sanity fixes, the message has already said where the problem is.
        for (const marker of errors) {
          for (const step of typesAlong(marker.path, document)) {
            if (step.sanityPart) expect(marker.message).toMatch(/^(Body|References), /);
            else expect(titleProblem({ trail: step.name, title: step.type.title, kind: step.kind, name: step.name })).toBeNull();
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('says which paragraph and which link, for the example editors met', async () => {
    const document = {
      ...article,
      body: [
        { _type: 'block', _key: 'h', style: 'h2', markDefs: [], children: [{ _type: 'span', _key: 'h0', text: 'Evidence', marks: [] }] },
        { _type: 'block', _key: 'p1', style: 'normal', markDefs: [], children: [{ _type: 'span', _key: 'a', text: 'Ketamine may help.', marks: [] }] },
        { _type: 'block', _key: 'p2', style: 'normal', markDefs: [], children: [{ _type: 'span', _key: 'b', text: 'Doses vary.', marks: [] }] },
        {
          _type: 'block',
          _key: 'p3',
          style: 'normal',
          markDefs: [{ _type: 'link', _key: 'l' }],
          children: [
            { _type: 'span', _key: 'c', text: 'For details ', marks: [] },
            { _type: 'span', _key: 'd', text: 'see study', marks: ['l'] },
          ],
        },
      ],
    };
    const errors = (await validate(document, seed)).filter((marker: ValidationMarker) => marker.level === 'error');
    expect(errors.map((marker) => marker.message)).toEqual([
      'Body, paragraph 3 ("For details see study"), link "see study": enter where the link goes',
    ]);
  });
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
