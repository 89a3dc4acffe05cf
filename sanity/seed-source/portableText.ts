// A compact way to write Portable Text for the sample articles. Inline markup inside a string:
//   **strong**, _emphasis_, [text](cite:referenceKey) for a citation, [text](https://…) or [text](/path) for a link.
// Keys are numbered per article, so regenerating the dataset gives the same keys every time.

export interface Span {
  _type: 'span';
  _key: string;
  text: string;
  marks: string[];
}

export interface MarkDef {
  _type: 'link' | 'citation';
  _key: string;
  href?: string;
  referenceKey?: string;
}

export interface TextBlock {
  _type: 'block';
  _key: string;
  style: 'normal' | 'h2' | 'h3' | 'blockquote';
  listItem?: 'bullet' | 'number';
  level?: number;
  markDefs: MarkDef[];
  children: Span[];
}

export type BodyItem =
  | TextBlock
  | { _type: 'callout'; _key: string; tone: 'info' | 'warning' | 'crisis'; text: string }
  | {
      _type: 'ctaBlock';
      _key: string;
      heading: string;
      text: string;
      action: 'call' | 'book' | 'directions';
    };

/** What an article file writes; turned into keyed Portable Text by `buildBody`. */
export type BodySpec =
  | { kind: 'h2' | 'h3' | 'p' | 'quote'; text: string }
  | { kind: 'bullets' | 'numbered'; items: string[] }
  | { kind: 'callout'; tone: 'info' | 'warning' | 'crisis'; text: string }
  | { kind: 'cta'; heading: string; text: string; action: 'call' | 'book' | 'directions' };

export const h2 = (text: string): BodySpec => ({ kind: 'h2', text });
export const h3 = (text: string): BodySpec => ({ kind: 'h3', text });
export const p = (text: string): BodySpec => ({ kind: 'p', text });
export const quote = (text: string): BodySpec => ({ kind: 'quote', text });
export const bullets = (...items: string[]): BodySpec => ({ kind: 'bullets', items });
export const numbered = (...items: string[]): BodySpec => ({ kind: 'numbered', items });
export const callout = (tone: 'info' | 'warning' | 'crisis', text: string): BodySpec => ({
  kind: 'callout',
  tone,
  text,
});
export const cta = (action: 'call' | 'book' | 'directions', heading: string, text: string): BodySpec => ({
  kind: 'cta',
  heading,
  text,
  action,
});

const INLINE = /\*\*(.+?)\*\*|_(.+?)_|\[(.+?)\]\((.+?)\)/g;

function keyMaker(prefix: string) {
  let count = 0;
  return () => `${prefix}${(count++).toString(36).padStart(3, '0')}`;
}

function parseInline(text: string, nextKey: () => string): Pick<TextBlock, 'children' | 'markDefs'> {
  const children: Span[] = [];
  const markDefs: MarkDef[] = [];
  const pushSpan = (value: string, marks: string[]) => {
    if (value) children.push({ _type: 'span', _key: nextKey(), text: value, marks });
  };
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    pushSpan(text.slice(last, match.index), []);
    const [, strong, em, label, target] = match;
    if (strong !== undefined) pushSpan(strong, ['strong']);
    else if (em !== undefined) pushSpan(em, ['em']);
    else if (label !== undefined && target !== undefined) {
      const markKey = nextKey();
      markDefs.push(
        target.startsWith('cite:')
          ? { _type: 'citation', _key: markKey, referenceKey: target.slice('cite:'.length) }
          : { _type: 'link', _key: markKey, href: target },
      );
      pushSpan(label, [markKey]);
    }
    last = (match.index ?? 0) + match[0].length;
  }
  pushSpan(text.slice(last), []);
  return { children, markDefs };
}

export function buildBody(prefix: string, specs: BodySpec[]): BodyItem[] {
  const nextKey = keyMaker(prefix);
  const textBlock = (text: string, style: TextBlock['style'], listItem?: 'bullet' | 'number'): TextBlock => ({
    _type: 'block',
    _key: nextKey(),
    style,
    ...(listItem ? { listItem, level: 1 } : {}),
    ...parseInline(text, nextKey),
  });
  return specs.flatMap((spec): BodyItem[] => {
    switch (spec.kind) {
      case 'h2':
      case 'h3':
        return [textBlock(spec.text, spec.kind)];
      case 'p':
        return [textBlock(spec.text, 'normal')];
      case 'quote':
        return [textBlock(spec.text, 'blockquote')];
      case 'bullets':
        return spec.items.map((item) => textBlock(item, 'normal', 'bullet'));
      case 'numbered':
        return spec.items.map((item) => textBlock(item, 'normal', 'number'));
      case 'callout':
        return [{ _type: 'callout', _key: nextKey(), tone: spec.tone, text: spec.text }];
      case 'cta':
        return [
          { _type: 'ctaBlock', _key: nextKey(), heading: spec.heading, text: spec.text, action: spec.action },
        ];
    }
  });
}
