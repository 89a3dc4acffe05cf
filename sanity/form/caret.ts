// Where a text caret belongs after its field's value was replaced by someone else's edit.

/** A text selection as `selectionStart`/`selectionEnd` give it: UTF-16 offsets into the field's value. */
export interface Selection {
  start: number;
  end: number;
}

/**
 * Moves `offset` in `before` to the same place in `after`, where `after` is `before` with one region replaced
 * (found as the longest common prefix and suffix). An offset before the region stays; one after it shifts by the
 * length difference; one inside it goes to the end of the replacement.
 */
export function mapOffset(before: string, after: string, offset: number): number {
  const shorter = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  if (offset <= prefix) return offset;
  if (offset >= before.length - suffix) return offset + after.length - before.length;
  return after.length - suffix;
}

export function mapSelection(before: string, after: string, selection: Selection): Selection {
  return { start: mapOffset(before, after, selection.start), end: mapOffset(before, after, selection.end) };
}
