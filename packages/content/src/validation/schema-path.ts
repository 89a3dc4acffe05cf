// Finds which droppable part of a schema an issue belongs to. zod reports an issue with its full path
// (["references", 2, "url"]); walking the schema along that path tells whether some part on the way was marked
// droppable, and the deepest such part is the smallest thing that can be left out.
import type { z } from 'zod';
import { fallbackOf, hasDroppableItems } from './droppable.ts';

type Key = PropertyKey;
export type Repair = { depth: number; action: { kind: 'fallback'; value: unknown } | { kind: 'remove-item' } };

type AnyDef = { type: string } & Record<string, unknown>;
const defOf = (schema: z.core.$ZodType): AnyDef => schema._zod.def as unknown as AnyDef;

// Wrappers that do not change the path: nullable, optional, defaults, readonly, lazy, and pipes (whose input side
// is the one with the document's structure; a pipe that starts with a transform is looked at from its output).
function unwrapChain(schema: z.core.$ZodType): z.core.$ZodType[] {
  const chain: z.core.$ZodType[] = [];
  let current: z.core.$ZodType | undefined = schema;
  while (current && chain.length < 50) {
    chain.push(current);
    const def = defOf(current);
    switch (def.type) {
      case 'nullable':
      case 'optional':
      case 'default':
      case 'prefault':
      case 'nonoptional':
      case 'readonly':
      case 'catch':
        current = def.innerType as z.core.$ZodType;
        break;
      case 'lazy':
        current = (def.getter as () => z.core.$ZodType)();
        break;
      case 'pipe': {
        const input = def.in as z.core.$ZodType;
        current = defOf(input).type === 'transform' ? (def.out as z.core.$ZodType) : input;
        break;
      }
      default:
        current = undefined;
    }
  }
  return chain;
}

// A discriminated union is descended into through the option whose discriminator matches the data; any other
// union stops the walk, since the data alone does not say which option the issue came from.
function pickUnionOption(def: AnyDef, data: unknown): z.core.$ZodType | undefined {
  const discriminator = def.discriminator;
  if (typeof discriminator !== 'string' || typeof data !== 'object' || data === null) return undefined;
  const tag = (data as Record<string, unknown>)[discriminator];
  for (const option of def.options as z.core.$ZodType[]) {
    const values = option._zod.propValues?.[discriminator];
    if (values?.has(tag as never)) return option;
  }
  return undefined;
}

function childOf(node: z.core.$ZodType, key: Key): z.core.$ZodType | undefined {
  const def = defOf(node);
  switch (def.type) {
    case 'object':
      return typeof key === 'string' ? (def.shape as Record<string, z.core.$ZodType>)[key] : undefined;
    case 'array':
      return typeof key === 'number' ? (def.element as z.core.$ZodType) : undefined;
    case 'record':
      return def.valueType as z.core.$ZodType;
    default:
      return undefined;
  }
}

/** The deepest droppable part along `path`, or null when the issue can only be fixed by dropping everything. */
export function findRepair(root: z.core.$ZodType, data: unknown, path: readonly Key[]): Repair | null {
  let best: Repair | null = null;
  let itemsDroppable = false;

  // Looks at every wrapper of one position in the path and returns the schema that holds the structure.
  const visit = (schema: z.core.$ZodType, depth: number): z.core.$ZodType | undefined => {
    let structural: z.core.$ZodType | undefined;
    for (const candidate of unwrapChain(schema)) {
      const fallback = fallbackOf(candidate);
      // A fallback on the root would hide a broken document; the root is dropped instead.
      if (fallback && depth > 0) best = { depth, action: { kind: 'fallback', value: fallback.value } };
      if (hasDroppableItems(candidate)) itemsDroppable = true;
      structural = candidate;
    }
    return structural;
  };

  let node: z.core.$ZodType | undefined = root;
  let value: unknown = data;
  for (let depth = 0; node !== undefined; depth++) {
    if (depth > 0 && itemsDroppable) best = { depth, action: { kind: 'remove-item' } };
    itemsDroppable = false;
    let structural = visit(node, depth);
    while (structural !== undefined && defOf(structural).type === 'union') {
      const option = pickUnionOption(defOf(structural), value);
      structural = option ? visit(option, depth) : undefined;
    }
    if (depth === path.length || structural === undefined) break;

    const key = path[depth] as Key;
    node = childOf(structural, key);
    value = typeof value === 'object' && value !== null ? (value as Record<Key, unknown>)[key] : undefined;
  }
  return best;
}
