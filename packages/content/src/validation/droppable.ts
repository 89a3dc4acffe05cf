// Marks the parts of a schema that may be left out when they are invalid, so one bad citation or one malformed
// phone number costs only that value, not the whole page. The marks live in a registry beside the schemas rather
// than in `.catch()`, because a catch cannot tell where it sits in the document and the report needs that path.
import { z } from 'zod';

const fallbacks = new WeakMap<z.core.$ZodType, { value: unknown }>();
const listsWithDroppableItems = new WeakSet<z.core.$ZodType>();

/** The value an invalid `schema` is replaced with, when it was marked with `droppable`. */
export function fallbackOf(schema: z.core.$ZodType): { value: unknown } | undefined {
  return fallbacks.get(schema);
}

/** True for an array schema made by `lenientArray`, whose invalid items are removed one by one. */
export function hasDroppableItems(schema: z.core.$ZodType): boolean {
  return listsWithDroppableItems.has(schema);
}

/**
 * An optional part: when its value is invalid, it is replaced by `fallback` (which must itself be valid input,
 * usually null) and the rest of the document is kept.
 */
export function droppable<S extends z.ZodType>(schema: S, fallback: z.input<S>): S {
  fallbacks.set(schema, { value: fallback });
  return schema;
}

/**
 * A list whose invalid items are removed one by one. A missing list (null or undefined) becomes [], and a value
 * that is not a list at all is replaced by [] as a whole.
 */
export function lenientArray<S extends z.ZodType>(item: S) {
  const list = z.array(item);
  listsWithDroppableItems.add(list);
  return droppable(
    list.nullish().transform((items): z.output<S>[] => items ?? []),
    null,
  );
}
