import { faceFor, type FontFace } from './fonts.ts';

/**
 * Stand-ins that keep the meaning of a character no bundled font can draw (checked after Unicode compatibility
 * folding, which already turns `ﬁ` into `fi` or `①` into `1`). A character with neither a glyph nor a stand-in
 * makes the text undrawable, and the caller shows the site's generic card instead: a card never silently drops
 * a character (`≥65` must not become `65`).
 */
export const STAND_INS: Readonly<Record<string, string>> = {
  '≥': '>=',
  '≤': '<=',
  '≠': '!=',
  '≈': '~',
  '±': '+/-',
  '×': 'x',
  '÷': '/',
  '−': '-',
  '→': '->',
  '←': '<-',
  '↔': '<->',
  '⇒': '=>',
  '∞': 'infinity',
  '√': 'sqrt',
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  '–': '-',
  '—': '-',
  '…': '...',
};

/** Text ready to draw on a card and the font faces that hold every character of it. */
export interface DrawableText {
  text: string;
  faces: FontFace[];
}

/** How each character is drawn: itself, its compatibility form, its stand-in, or null when nothing can draw it. */
function drawCharacter(character: string): string | null {
  if (/^\s$/u.test(character)) return ' ';
  const candidates = [character, character.normalize('NFKC'), STAND_INS[character], STAND_INS[character.normalize('NFKC')]];
  for (const candidate of candidates) {
    if (candidate && [...candidate].every((part) => part === ' ' || faceFor(part.codePointAt(0)!))) return candidate;
  }
  return null;
}

/**
 * `value` as it can be drawn with the bundled fonts: whitespace collapsed, each character kept when a font has
 * it, else replaced by its compatibility form or a meaning-preserving stand-in; then shortened to `maxLength`
 * characters with an ellipsis. Null when some character can be neither drawn nor stood in for.
 */
export function drawableText(value: string, maxLength: number): DrawableText | null {
  const drawn: string[] = [];
  for (const character of value.normalize('NFC')) {
    const replacement = drawCharacter(character);
    if (replacement === null) return null;
    drawn.push(replacement);
  }
  let text = drawn.join('').replace(/\s+/g, ' ').trim();
  if ([...text].length > maxLength) {
    const ellipsis = drawCharacter('…')!;
    text = `${[...text].slice(0, maxLength - [...ellipsis].length).join('').trimEnd()}${ellipsis}`;
  }
  const faces = new Set<FontFace>();
  for (const character of text) {
    if (character !== ' ') faces.add(faceFor(character.codePointAt(0)!)!);
  }
  return { text, faces: [...faces] };
}

/** Several texts for one card: null when any of them cannot be drawn; otherwise the texts and all faces they need. */
export function drawableTexts<K extends string>(values: Record<K, [value: string, maxLength: number]>): { texts: Record<K, string>; faces: FontFace[] } | null {
  const texts = {} as Record<K, string>;
  const faces = new Set<FontFace>();
  for (const key of Object.keys(values) as K[]) {
    const [value, maxLength] = values[key];
    const drawable = drawableText(value, maxLength);
    if (!drawable) return null;
    texts[key] = drawable.text;
    drawable.faces.forEach((face) => faces.add(face));
  }
  return { texts, faces: [...faces] };
}
