import fs from 'node:fs';
import path from 'node:path';
import { parse as parseFont } from 'opentype.js';

/**
 * The fonts social cards are drawn with, bundled from npm (no download at render time), in fallback order:
 * Noto Sans (Latin with accents, Greek, Cyrillic, Vietnamese), Noto Sans Math (≥, ≤, ≠, √, ∞, arrows …), Noto
 * Sans Symbols 2 (shapes, check marks), Noto Sans SC and TC (Chinese, Japanese kana, full-width forms).
 * Hangul and emoji are not bundled: such a title gets the site's generic card.
 *
 * A package is split into faces (files) listed in its `400.css`. Which characters a face draws is read from the
 * font's own character map (cmap) with opentype.js, the parser next/og's renderer uses, so a face it cannot
 * read (one WOFF file in each of the SC and TC packages is damaged) is never relied on. The stylesheet's
 * `unicode-range` only decides which faces are looked at first: it is a browser hint and incomplete (Noto Sans
 * Math's leaves out the math operators the font holds).
 */
const FONT_PACKAGES = [
  '@fontsource/noto-sans',
  '@fontsource/noto-sans-math',
  '@fontsource/noto-sans-symbols-2',
  '@fontsource/noto-sans-sc',
  '@fontsource/noto-sans-tc',
];

/** One face of a font package at weight 400: a WOFF file (next/og reads WOFF, not WOFF2). */
export interface FontFace {
  /** Unique name for next/og, e.g. `noto-sans-greek-400-normal`. */
  name: string;
  /** Absolute path of the `.woff` file. */
  file: string;
  /** Code point ranges the stylesheet assigns to the face (inclusive). */
  ranges: Array<[number, number]>;
}

/** Finds a package folder the way Node does: in `node_modules` of the working directory or any parent. */
function packageDir(name: string): string {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`Font package ${name} is not installed (looked upwards from ${process.cwd()})`);
  }
}

function parseRanges(unicodeRange: string): Array<[number, number]> {
  return unicodeRange.split(',').map((part) => {
    const [start, end = start] = part.trim().replace(/^U\+/i, '').split('-') as [string, string?];
    return [parseInt(start.replace(/\?/g, '0'), 16), parseInt(end.replace(/\?/g, 'F'), 16)];
  });
}

/** The faces of one package at weight 400, in the order of its stylesheet. */
function packageFaces(pkg: string): FontFace[] {
  const dir = packageDir(pkg);
  const css = fs.readFileSync(path.join(dir, '400.css'), 'utf8');
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, block]) => {
    const file = /url\(\.\/files\/([^)/]+)\.woff\)/.exec(block!);
    const range = /unicode-range:\s*([^;]+);/.exec(block!);
    return file ? [{ name: file[1]!, file: path.join(dir, 'files', `${file[1]}.woff`), ranges: range ? parseRanges(range[1]!) : [] }] : [];
  });
}

let faces: FontFace[] | null = null;
/** Every face of every card font, in fallback order (listed once per process). */
export function cardFontFaces(): FontFace[] {
  faces ??= FONT_PACKAGES.flatMap(packageFaces);
  return faces;
}

// Only the set of code points is kept once a face has been read, not the parsed font.
const characterSets = new Map<string, Set<number>>();
function characterSet(face: FontFace): Set<number> {
  let set = characterSets.get(face.file);
  if (!set) {
    try {
      const data = fs.readFileSync(face.file);
      const font = parseFont(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength), { lowMemory: true });
      set = new Set(Object.keys(font.tables.cmap?.glyphIndexMap ?? {}).map(Number));
    } catch (error) {
      console.warn(`[og] cannot read the font ${face.file}: ${error instanceof Error ? error.message : String(error)}`);
      set = new Set();
    }
    characterSets.set(face.file, set);
  }
  return set;
}

const faceByCodePoint = new Map<number, FontFace | null>();
/**
 * The face that draws a code point: the first whose cmap has a glyph for it, looking first at the faces whose
 * stylesheet claims it. Null when no bundled font can draw it.
 */
export function faceFor(codePoint: number): FontFace | null {
  if (!faceByCodePoint.has(codePoint)) {
    const all = cardFontFaces();
    const claimed = all.filter((face) => face.ranges.some(([start, end]) => codePoint >= start && codePoint <= end));
    const face = [...claimed, ...all].find((candidate) => characterSet(candidate).has(codePoint)) ?? null;
    faceByCodePoint.set(codePoint, face);
  }
  return faceByCodePoint.get(codePoint)!;
}

/** The font data next/og needs to draw exactly these faces. */
export function loadFaces(used: FontFace[]): Array<{ name: string; data: Buffer; weight: 400; style: 'normal' }> {
  return used.map((face) => ({ name: face.name, data: fs.readFileSync(face.file), weight: 400, style: 'normal' }));
}
