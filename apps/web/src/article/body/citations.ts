import type { ArticleBodyBlock, Citation } from '@clinic/content';

/**
 * The `_key`s of references the body actually cites, in reading order. A citation mark whose reference was
 * dropped as invalid (or never existed) is ignored here and rendered as plain text in the body.
 */
export function citedReferenceKeys(body: ArticleBodyBlock[], references: Citation[]): Set<string> {
  const known = new Set(references.map((reference) => reference._key));
  const cited = new Set<string>();
  for (const block of body) {
    if (block._type !== 'block') continue;
    for (const def of block.markDefs) {
      if (def._type === 'citation' && known.has(def.referenceKey)) cited.add(def.referenceKey);
    }
  }
  return cited;
}

/** Reference number (1-based, the order of the list) by `_key`. */
export function referenceNumbers(references: Citation[]): Map<string, number> {
  return new Map(references.map((reference, index) => [reference._key, index + 1]));
}
