// The shape of an article body (Portable Text) the site can render: which block styles, list types, decorators
// and annotations exist, and the checks every block must pass. The Studio builds its editor from these lists and
// validates with these checks; the zod contract reads the same lists, so neither can know a style the other lacks.
import { hasVisibleText } from './text.ts';

export const BLOCK_STYLES = [
  { value: 'normal', title: 'Normal' },
  { value: 'h2', title: 'Heading' },
  { value: 'h3', title: 'Subheading' },
  { value: 'blockquote', title: 'Quote' },
] as const;
export const LIST_ITEMS = [
  { value: 'bullet', title: 'Bullets' },
  { value: 'number', title: 'Numbered' },
] as const;
export const DECORATORS = [
  { value: 'strong', title: 'Strong' },
  { value: 'em', title: 'Emphasis' },
] as const;
/** Annotation types (mark definitions) a text block may carry. */
export const ANNOTATION_TYPES = ['link', 'internalLink', 'citation'] as const;
/** Every `_type` an article body may hold. */
export const BODY_BLOCK_TYPES = ['block', 'callout', 'ctaBlock', 'image'] as const;

export type BlockStyle = (typeof BLOCK_STYLES)[number]['value'];
export type ListItem = (typeof LIST_ITEMS)[number]['value'];

export const BLOCK_STYLE_VALUES = BLOCK_STYLES.map((style) => style.value) as [BlockStyle, ...BlockStyle[]];
export const LIST_ITEM_VALUES = LIST_ITEMS.map((item) => item.value) as [ListItem, ...ListItem[]];
export const DECORATOR_VALUES: readonly string[] = DECORATORS.map((decorator) => decorator.value);

/** One problem inside a value, at `path` relative to it (Sanity's path segments: field names, `{_key}` or indexes). */
export type RuleProblem = { path: Array<string | number | { _key: string }>; message: string };

type Loose = Record<string, unknown>;
const isRecord = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const hasKey = (value: Loose) => typeof value._key === 'string' && value._key.trim() !== '';

/** The visible text of a text block: its spans' text joined. */
export function blockText(block: unknown): string {
  if (!isRecord(block) || !Array.isArray(block.children)) return '';
  return block.children.map((span) => (isRecord(span) && typeof span.text === 'string' ? span.text : '')).join('');
}

function emptyBlockMessage(block: Loose): string {
  if (block.listItem !== undefined && block.listItem !== null) {
    return 'This list item has no text; write it or delete the empty bullet';
  }
  if (block.style === 'h2' || block.style === 'h3') {
    return 'This heading has no text; write it or delete the empty heading, so screen readers do not announce a blank one';
  }
  return 'This paragraph has no text; write it or delete the empty line';
}

/**
 * Everything wrong with one text block (`_type: "block"`), in the order an editor would fix it; [] when the site
 * can show it whole. Checks the style, list type and level, the shape of every span and mark definition (their
 * fields have rules of their own), and that the block has visible text.
 */
export function textBlockProblems(block: unknown): RuleProblem[] {
  if (!isRecord(block)) return [{ path: [], message: 'This block is damaged; delete it and write it again' }];
  const problems: RuleProblem[] = [];
  const style = block.style;
  if (style !== undefined && style !== null && !BLOCK_STYLE_VALUES.includes(style as BlockStyle)) {
    problems.push({ path: ['style'], message: `Choose a style from the menu (Normal, Heading, Subheading or Quote)` });
  }
  const listItem = block.listItem;
  if (listItem !== undefined && listItem !== null && !LIST_ITEM_VALUES.includes(listItem as ListItem)) {
    problems.push({ path: ['listItem'], message: 'Make this a bulleted or numbered list item, or plain text' });
  }
  const level = block.level;
  if (level !== undefined && level !== null && !(Number.isInteger(level) && (level as number) >= 1)) {
    problems.push({ path: ['level'], message: 'The list indentation is damaged; remove the list formatting and apply it again' });
  }

  const markDefs = block.markDefs ?? [];
  const definedMarks = new Set<string>(DECORATOR_VALUES);
  if (!Array.isArray(markDefs)) {
    problems.push({ path: ['markDefs'], message: 'The links and citations of this block are damaged; remove and add them again' });
  } else {
    markDefs.forEach((def, index) => {
      const at = isRecord(def) && hasKey(def) ? { _key: def._key as string } : index;
      const problem = markDefProblem(def);
      if (problem) problems.push({ path: ['markDefs', at], message: problem });
      else definedMarks.add((def as Loose)._key as string);
    });
  }

  const children = block.children;
  if (!Array.isArray(children)) {
    problems.push({ path: ['children'], message: 'The text of this block is damaged; delete the block and write it again' });
  } else {
    children.forEach((span, index) => {
      const problem = spanProblem(span, definedMarks);
      if (problem) problems.push({ path: ['children', isRecord(span) && hasKey(span) ? { _key: span._key as string } : index], message: problem });
    });
  }
  if (!hasVisibleText(blockText(block))) problems.push({ path: [], message: emptyBlockMessage(block) });
  return problems;
}

// The link target and the citation's reference are checked by their own fields' rules (`linkHrefProblem`, the
// Studio's reference picker), so an editor sees each problem once, on the field to fix.
function markDefProblem(def: unknown): string | null {
  if (!isRecord(def) || !hasKey(def)) return 'A link or citation here is damaged; remove it and add it again';
  if (!(ANNOTATION_TYPES as readonly unknown[]).includes(def._type)) {
    return 'Only links and citations can be added to text; remove this mark';
  }
  return null;
}

function spanProblem(span: unknown, definedMarks: ReadonlySet<string>): string | null {
  if (!isRecord(span) || span._type !== 'span' || !hasKey(span)) {
    return 'Part of this text is damaged; delete it and type it again';
  }
  if (span.text !== undefined && span.text !== null && typeof span.text !== 'string') {
    return 'Part of this text is damaged; delete it and type it again';
  }
  const marks = span.marks ?? [];
  if (!Array.isArray(marks) || marks.some((mark) => typeof mark !== 'string' || !definedMarks.has(mark))) {
    return 'Part of this text has formatting or a link that no longer exists; select it and remove the formatting';
  }
  return null;
}

/**
 * Problems of the body as a list: every item must be an object with a `_key` and a known `_type`. Each text
 * block's own problems come from `textBlockProblems`.
 */
export function bodyItemProblems(body: unknown): RuleProblem[] {
  if (body === undefined || body === null) return [];
  if (!Array.isArray(body)) return [{ path: [], message: 'The body is damaged; ask a developer to restore it from history' }];
  const problems: RuleProblem[] = [];
  body.forEach((item, index) => {
    if (!isRecord(item) || !hasKey(item)) {
      problems.push({ path: [index], message: 'This part of the body is damaged; delete it and add it again' });
    } else if (!(BODY_BLOCK_TYPES as readonly unknown[]).includes(item._type)) {
      problems.push({ path: [{ _key: item._key as string }], message: 'The site cannot show this kind of block; delete it' });
    }
  });
  return problems;
}
