// Where a problem inside a list sits, in the words editors use. The Studio's validation panel heads each problem
// with the titles of the schema types along its path ("Body / Text / Mark definitions / Link / Link address": see
// getPathTitles in sanity's structure tool), which cannot say which paragraph or which link; and some of those
// titles are Sanity's own for the parts of a text block ("Mark definitions", "Span"). So every rule that can fail
// inside a list item starts its message with the item: 'Body, paragraph 3 ("Ketamine may ease…"): …'.
import { BLOCK_STYLES, blockText, hasVisibleText, type RuleProblem } from '@clinic/content/rules';
import type { CustomValidatorResult, Path, SchemaType, ValidationContext } from 'sanity';

type Loose = Record<string, unknown>;
const isRecord = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);

/** How much of an item's text is quoted to recognise it. */
const QUOTE_LENGTH = 40;
/** Fields whose text names an object in a list, in order of preference. */
const NAMING_FIELDS = ['title', 'heading', 'text', 'caption', 'alt'];

/** "Use the secure…" → "use the secure…", "A DOI…" → "a DOI…"; "DOI …", "URL slug" keep their capitals. */
const lowerFirst = (text: string) => (/^(?:[A-Z][a-z]|A )/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text);

/** A text block's kind as editors call it: by its list type or style (the Studio's style menu titles). */
export function textBlockKind(block: Loose): string {
  if (block.listItem !== undefined && block.listItem !== null) return 'list item';
  const style = BLOCK_STYLES.find((item) => item.value === block.style);
  return !style || style.value === 'normal' ? 'paragraph' : style.title.toLowerCase();
}

/** `"text"`, cut after at most QUOTE_LENGTH characters; '' for text that shows nothing. */
export function quoted(text: string): string {
  if (!hasVisibleText(text)) return '';
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (trimmed.length <= QUOTE_LENGTH) return `"${trimmed}"`;
  // Cut between words, so the quote reads as the editor wrote it.
  const cut = trimmed.slice(0, QUOTE_LENGTH + 1).replace(/\s+\S*$/, '');
  return `"${cut || trimmed.slice(0, QUOTE_LENGTH)}…"`;
}

function itemText(item: unknown): string {
  if (typeof item === 'string') return item;
  if (!isRecord(item)) return '';
  if (item._type === 'block') return blockText(item);
  const named = NAMING_FIELDS.map((field) => item[field]).find((value) => typeof value === 'string' && value.trim());
  if (typeof named === 'string') return named;
  return Array.isArray(item.days) ? item.days.filter((day) => typeof day === 'string').join(', ') : '';
}

function memberType(arrayType: SchemaType, item: unknown): SchemaType | undefined {
  const members = (arrayType as { of?: SchemaType[] }).of ?? [];
  if (isRecord(item)) return members.find((member) => member.name === item._type);
  return members.find((member) => member.jsonType === typeof item);
}

function itemKind(arrayType: SchemaType, item: unknown): string {
  if (isRecord(item) && item._type === 'block') return textBlockKind(item);
  return lowerFirst(memberType(arrayType, item)?.title ?? 'item');
}

/** 'Body, paragraph 3 ("…")': the item's kind, its number among the list's items of that kind, and its text. */
function describeItem(listTitle: string, arrayType: SchemaType, list: unknown[], index: number): string {
  const kind = itemKind(arrayType, list[index]);
  const number = list.slice(0, index + 1).filter((item) => itemKind(arrayType, item) === kind).length;
  const text = quoted(itemText(list[index]));
  return `${listTitle}, ${kind} ${number}${text ? ` (${text})` : ''}`;
}

/**
 * The outermost list item on `path` in `document`, in editors' words ('Body, paragraph 3 ("Ketamine may…")',
 * 'References, reference 2 ("Esketamine nasal…")'), or null when the path crosses no list item (a top-level field
 * is already named by its own title). Deeper levels are named by the rule that knows them (a link by its text).
 */
export function locationOf(document: unknown, schemaType: SchemaType | undefined, path: Path): string | null {
  let type = schemaType;
  let value: unknown = document;
  let title = '';
  for (const segment of path) {
    if (!type) return null;
    if (typeof segment === 'string') {
      const field = (type as { fields?: { name: string; type: SchemaType }[] }).fields?.find((f) => f.name === segment);
      type = field?.type;
      title = field?.type.title ?? segment;
      value = isRecord(value) ? value[segment] : undefined;
      continue;
    }
    if (!Array.isArray(value) || type.jsonType !== 'array') return null;
    const list = value;
    const index =
      typeof segment === 'number'
        ? segment
        : list.findIndex((item) => isRecord(item) && isRecord(segment) && item._key === segment._key);
    if (index < 0 || index >= list.length) return null;
    return describeItem(title, type, list, index);
  }
  return null;
}

/**
 * The problem's message with its place in front ('Body, image 2: describe the image…'), or as it was outside a
 * list. `path` leads from the validated value to the problem; `detail` names the part inside the item
 * ('link "see study"').
 */
export function locate(
  context: Pick<ValidationContext, 'document' | 'schema' | 'path'>,
  message: string,
  { path = [], detail }: { path?: Path; detail?: string } = {},
): string {
  const document = context.document;
  const item = document && context.path
    ? locationOf(document, context.schema.get(document._type), [...context.path, ...path])
    : null;
  const where = [item, detail].filter(Boolean).join(', ');
  return where ? `${where}: ${lowerFirst(message)}` : message;
}

/** Sanity markers for rule problems, each at its own path inside the validated value and named by its place. */
export function locatedMarkers(problems: RuleProblem[], context: ValidationContext): CustomValidatorResult {
  if (problems.length === 0) return true;
  return problems.map((problem) => ({ message: locate(context, problem.message, { path: problem.path }), path: problem.path }));
}

/** A custom rule failing with `message` at the value's place when `isValid` says no. */
export function locatedCheck<T>(isValid: (value: T | undefined, context: ValidationContext) => boolean, message: string) {
  return (value: T | undefined, context: ValidationContext): CustomValidatorResult =>
    isValid(value, context) ? true : locate(context, message);
}

/** The value at `path` in `document` (field names, `{_key}` or indexes), or undefined. */
export function valueAt(document: unknown, path: Path): unknown {
  let value = document;
  for (const segment of path) {
    if (typeof segment === 'string') value = isRecord(value) ? value[segment] : undefined;
    else if (typeof segment === 'number') value = Array.isArray(value) ? value[segment] : undefined;
    else if (isRecord(segment) && Array.isArray(value)) value = value.find((item) => isRecord(item) && item._key === segment._key);
    else value = undefined;
  }
  return value;
}

/**
 * The text an annotation (link or citation) is on, from a rule inside it: its path runs through the text block's
 * `markDefs`, and the block's spans carrying the annotation's key are the words the editor marked.
 */
export function annotatedText(context: Pick<ValidationContext, 'document' | 'path'>): string {
  const path = context.path ?? [];
  const at = path.lastIndexOf('markDefs');
  const mark = path[at + 1];
  if (at < 0 || !isRecord(mark)) return '';
  const block = valueAt(context.document, path.slice(0, at));
  if (!isRecord(block) || !Array.isArray(block.children)) return '';
  return block.children
    .filter((span) => isRecord(span) && Array.isArray(span.marks) && span.marks.includes(mark._key))
    .map((span) => (isRecord(span) && typeof span.text === 'string' ? span.text : ''))
    .join('');
}
