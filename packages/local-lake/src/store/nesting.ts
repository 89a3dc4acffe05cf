// A bound on how deeply a write may nest objects and arrays. Documents are walked recursively (patches, references,
// array keys, JSON for SQLite), so a body nested thousands of levels deep would overflow the stack; it is refused
// with 400 before any of that runs. Real content (Portable Text with marks and inline objects) nests a few dozen.

/** Deepest nesting of objects and arrays a mutate or actions body may have. */
export const MAX_WRITE_DEPTH = 100;

/** True when `value` nests objects/arrays deeper than `limit` levels. Iterative, so any depth is safe to check. */
export function nestedDeeperThan(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return false;
}
