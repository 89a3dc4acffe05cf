// Validates one query result against its zod schema, leaving out invalid optional parts instead of failing the
// whole result: parse, and while there are issues, replace each invalid droppable part with its fallback (or
// remove the invalid list item), report it, and parse again. An issue outside any droppable part means the
// document itself is unusable: it is reported and the result is null.
import type { z } from 'zod';
import { reportDroppedContent } from '../logger.ts';
import { findRepair } from './schema-path.ts';

type Key = PropertyKey;
const REMOVED = Symbol('removed list item');
const MAX_ROUNDS = 12;

/** Thrown when a query result does not even have the expected outer shape, e.g. a list query that returned no list. */
export class ContentShapeError extends Error {
  override name = 'ContentShapeError';
}

export function formatPath(path: readonly Key[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

const isRecord = (value: unknown): value is Record<Key, unknown> => typeof value === 'object' && value !== null;

// The `_id` of the innermost document on the way to `path`, so a bad clinic phone inside an article result is
// reported against the clinic record that has to be fixed.
function nearestDocumentId(data: unknown, path: readonly Key[]): string | null {
  let id: string | null = null;
  let value: unknown = data;
  for (let i = 0; ; i++) {
    if (isRecord(value) && typeof value._id === 'string') id = value._id;
    if (i === path.length || !isRecord(value)) return id;
    value = value[path[i] as Key];
  }
}

function containerAt(data: unknown, path: readonly Key[]): Record<Key, unknown> | null {
  let value: unknown = data;
  for (const key of path) {
    if (!isRecord(value)) return null;
    value = value[key];
  }
  return isRecord(value) ? value : null;
}

function removeMarkedItems(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((item) => item !== REMOVED).map(removeMarkedItems);
  if (isRecord(value)) for (const key of Object.keys(value)) value[key] = removeMarkedItems(value[key]);
  return value;
}

/**
 * Validates a single result. Returns null when the result is missing (null/undefined) or invalid outside its
 * droppable parts; every dropped part or document is reported through the content logger.
 */
export function parseDocument<S extends z.ZodType>(schema: S, data: unknown, type: string): z.output<S> | null {
  if (data === null || data === undefined) return null;
  let working: unknown = structuredClone(data);
  const repaired = new Set<string>();

  for (let round = 0; round < MAX_ROUNDS; round++) {
    const result = schema.safeParse(working);
    if (result.success) return result.data;

    const fixes = new Map<string, { target: Key[]; apply: () => void; message: string }>();
    for (const issue of result.error.issues) {
      const repair = findRepair(schema, working, issue.path);
      const target = repair ? issue.path.slice(0, repair.depth) : null;
      const key = target ? formatPath(target) : null;
      // No droppable part, or the same part failed again after its fallback: the document cannot be saved.
      if (!repair || !target || key === null || repaired.has(key)) {
        reportDocumentDropped(type, working, result.error.issues);
        return null;
      }
      if (fixes.has(key)) continue;
      const parentPath = target.slice(0, -1);
      const last = target[target.length - 1] as Key;
      const action = repair.action;
      // The report names the part that was dropped; the message says what inside it failed.
      const inner = formatPath(issue.path.slice(target.length));
      fixes.set(key, {
        target,
        message: inner === '' ? issue.message : `${inner}: ${issue.message}`,
        apply: () => {
          const parent = containerAt(working, parentPath);
          if (parent) parent[last] = action.kind === 'fallback' ? structuredClone(action.value) : REMOVED;
        },
      });
    }
    for (const [key, fix] of fixes) {
      reportDroppedContent({
        type,
        id: nearestDocumentId(working, fix.target),
        path: key,
        message: fix.message,
        dropped: 'part',
      });
      repaired.add(key);
    }
    for (const fix of fixes.values()) fix.apply();
    working = removeMarkedItems(working);
  }
  reportDocumentDropped(type, working, []);
  return null;
}

function reportDocumentDropped(type: string, data: unknown, issues: readonly z.core.$ZodIssue[]): void {
  const reported = issues.length > 0 ? issues : [{ path: [], message: 'could not be repaired' }];
  for (const issue of reported) {
    reportDroppedContent({
      type,
      id: nearestDocumentId(data, []),
      path: formatPath(issue.path),
      message: issue.message,
      dropped: 'document',
    });
  }
}

/**
 * Validates a list result item by item: an invalid item is reported and left out, the others are kept. A result
 * that is not a list at all means the backend answered something else entirely, and that is an error, not an
 * empty page.
 */
export function parseList<S extends z.ZodType>(itemSchema: S, data: unknown, type: string): z.output<S>[] {
  if (!Array.isArray(data)) {
    throw new ContentShapeError(`Expected a list of ${type} results, received ${data === null ? 'null' : typeof data}`);
  }
  const items: z.output<S>[] = [];
  data.forEach((item, index) => {
    if (item === null || item === undefined) {
      reportDroppedContent({ type, id: null, path: `[${index}]`, message: 'empty list item', dropped: 'document' });
      return;
    }
    const parsed = parseDocument(itemSchema, item, type);
    if (parsed !== null) items.push(parsed);
  });
  return items;
}

/**
 * Validates a result whose every part is droppable (a page's bundle of documents): only an answer that is not the
 * expected object at all fails, and that throws ContentShapeError instead of showing an empty page.
 */
export function parseBundle<S extends z.ZodType>(schema: S, data: unknown, type: string): z.output<S> {
  const parsed = parseDocument(schema, data, type);
  if (parsed === null) throw new ContentShapeError(`Expected the ${type} result object, received ${JSON.stringify(data)}`);
  return parsed;
}
