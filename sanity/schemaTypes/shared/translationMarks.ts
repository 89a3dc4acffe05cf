// A translator who types over a linked or cited phrase removes its link or citation: the editor drops an
// annotation whose words are all replaced. A translation's body is therefore compared with the published English
// version it was made from, and each citation or link the English body has and the translation lost is named in a
// warning, so the translator adds it again to the translated words instead of losing it silently.
import type { CustomValidatorResult, ValidationContext } from 'sanity';
import { DEFAULT_LANGUAGE } from '@clinic/content/languages';
import { documentLanguage } from './translation.ts';
import { SANITY_API_VERSION } from '@clinic/content/api-version';

/** What an annotation points at, which a translation must keep; its words may change. */
export interface Annotation {
  /** `citation` (a reference of the article), `link` (an address) or `internalLink` (an article). */
  kind: string;
  /** Reference key, address (`site page` for any path on the site), or `article` for any internal link. */
  target: string;
  /** The words the annotation is on, in the body it came from. */
  text: string;
}

interface Block {
  _type?: string;
  markDefs?: {
    _key?: string;
    _type?: string;
    referenceKey?: string;
    href?: string;
    reference?: { _ref?: string };
  }[];
  children?: { _type?: string; text?: string; marks?: string[] }[];
}

function targetOf(definition: NonNullable<Block['markDefs']>[number]): string | undefined {
  if (definition._type === 'citation') return definition.referenceKey;
  // A path on the site (`/articles/…`) is written in the translation's language (`/es/articulos/…`): only the
  // link to a page of the site must stay. An address elsewhere must stay the same.
  if (definition._type === 'link') return definition.href?.startsWith('/') ? 'site page' : definition.href;
  // A translation links to the translated article, a different document: only the link itself must stay.
  if (definition._type === 'internalLink') return definition.reference?._ref ? 'article' : undefined;
  return undefined;
}

/** Every link, internal link and citation of a Portable Text body in reading order, with the words it is on. */
export function annotationsOf(body: unknown): Annotation[] {
  if (!Array.isArray(body)) return [];
  const found: Annotation[] = [];
  for (const block of body as Block[]) {
    if (block?._type !== 'block') continue;
    for (const definition of block.markDefs ?? []) {
      const target = targetOf(definition);
      if (!target || !definition._key || !definition._type) continue;
      const text = (block.children ?? [])
        .filter((child) => child.marks?.includes(definition._key!))
        .map((child) => child.text ?? '')
        .join('');
      // A definition no span uses is not shown on the site; it does not count.
      if (text !== '') found.push({ kind: definition._type, target, text });
    }
  }
  return found;
}

/**
 * The annotations of `source` with no annotation of the same kind and target in `translation` (as many times
 * as the source has them more often). Units: annotations; the order is the source's reading order.
 */
export function annotationsLostInTranslation(source: unknown, translation: unknown): Annotation[] {
  const remaining = new Map<string, number>();
  for (const { kind, target } of annotationsOf(translation)) {
    const key = `${kind}\u0000${target}`;
    remaining.set(key, (remaining.get(key) ?? 0) + 1);
  }
  const lost: Annotation[] = [];
  for (const annotation of annotationsOf(source)) {
    const key = `${annotation.kind}\u0000${annotation.target}`;
    const left = remaining.get(key) ?? 0;
    if (left > 0) remaining.set(key, left - 1);
    else lost.push(annotation);
  }
  return lost;
}

const KIND_NAMES: Record<string, string> = {
  citation: 'citation',
  link: 'link',
  internalLink: 'article link',
};

/** The warning for annotations a translation lost, or `true` when it lost none. */
export function lostAnnotationsMessage(lost: Annotation[]): CustomValidatorResult {
  if (lost.length === 0) return true;
  const named = lost.map(
    (annotation) => `the ${KIND_NAMES[annotation.kind] ?? annotation.kind} on "${annotation.text}"`,
  );
  return `The English version has ${named.join(', ')}, which this translation does not: select the translated words and add ${lost.length === 1 ? 'it' : 'them'} again`;
}

/** The published body of the English document this translation belongs to (via the translation metadata). */
const ENGLISH_BODY_QUERY = `*[_type == "translation.metadata" && references($id)][0].translations[_key == $english][0].value->body`;

/**
 * Validation rule for a translated body: warns about each citation and link of the English version the
 * translation does not carry. English documents and translations without an English version pass.
 */
export async function checkTranslationKeepsAnnotations(
  body: unknown,
  context: ValidationContext,
): Promise<CustomValidatorResult> {
  if (documentLanguage(context.document) === DEFAULT_LANGUAGE) return true;
  const id = context.document?._id?.replace(/^drafts\./, '');
  if (!id) return true;
  const english = await context
    .getClient({ apiVersion: SANITY_API_VERSION })
    .fetch<unknown>(ENGLISH_BODY_QUERY, { id, english: DEFAULT_LANGUAGE }, { perspective: 'published' });
  return lostAnnotationsMessage(annotationsLostInTranslation(english, body));
}
