// Applies Content Lake mutations (create, createOrReplace, createIfNotExists, delete, patch) to a working set.
// Patch operations go through @sanity/mutator, the engine the Studio uses to predict the same result locally,
// so the lake and the editor's optimistic copy agree on every set/unset/insert/inc/diffMatchPatch.
import { randomUUID } from 'node:crypto';
import { extractWithPath, Mutation as MutatorMutation } from '@sanity/mutator';
import { escapeKeys, escapePath, unescapeKeys } from '../groq/names.ts';
import { documentIdProblem } from '../store/ids.ts';
import { MutationError } from './errors.ts';
import { withoutSystemFields } from './system-fields.ts';
import type { DraftDocument, WorkingSet } from './working-set.ts';

export type PatchOperations = Record<string, unknown>;

export type MutationInput =
  | { create: Record<string, unknown> }
  | { createOrReplace: Record<string, unknown> }
  | { createIfNotExists: Record<string, unknown> }
  | { delete: { id?: string; query?: string; params?: Record<string, unknown> } }
  | {
      patch: PatchOperations & {
        id?: string;
        query?: string;
        params?: Record<string, unknown>;
        ifRevisionID?: string;
      };
    };

/** Finds the ids a `query` in a patch or delete mutation selects; `index` is the mutation's place in the request. */
export type IdFinder = (query: string, params: Record<string, unknown>, index: number) => string[];

const PATCH_OPERATIONS = new Set(['set', 'setIfMissing', 'unset', 'inc', 'dec', 'insert', 'diffMatchPatch']);

export function applyMutations(set: WorkingSet, mutations: unknown, findIds: IdFinder): void {
  if (!Array.isArray(mutations) || mutations.length === 0) {
    throw new MutationError(400, 'Expected a non-empty "mutations" array');
  }
  mutations.forEach((mutation, index) => {
    set.step = index;
    applyMutationAt(set, mutation, index, findIds);
  });
}

/** Applies the mutation at `index` of a request to the working set. */
export function applyMutationAt(set: WorkingSet, mutation: unknown, index: number, findIds: IdFinder): void {
  if (typeof mutation !== 'object' || mutation === null) throw invalid(index, 'a mutation must be an object');
  const kinds = Object.keys(mutation);
  if (kinds.length !== 1)
    throw invalid(index, `a mutation must have exactly one kind, got ${kinds.join(', ') || 'none'}`);
  const kind = kinds[0] as string;
  const body = (mutation as Record<string, unknown>)[kind];
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw invalid(index, `"${kind}" must be an object`);
  const spec = body as Record<string, unknown>;

  switch (kind) {
    case 'create': {
      const doc = documentFrom(spec, index);
      if (set.get(doc._id)) {
        throw new MutationError(409, `Document by ID "${doc._id}" already exists`, {
          type: 'documentAlreadyExistsError',
          id: doc._id,
          index,
        });
      }
      set.put(doc, 'create', { create: doc });
      return;
    }
    case 'createIfNotExists': {
      const doc = documentFrom(spec, index, { requireId: true });
      if (!set.get(doc._id)) set.put(doc, 'create', { createIfNotExists: doc });
      return;
    }
    case 'createOrReplace': {
      const doc = documentFrom(spec, index, { requireId: true });
      const existing = set.get(doc._id);
      // A replacement keeps the document's creation time; one of another `_type` is a delete and a create
      // (https://www.sanity.io/docs/http-reference/mutate, createOrReplace), so it is created anew.
      const createdAt = existing && existing._type === doc._type ? existing._createdAt : null;
      set.put(existing ? { ...doc, _createdAt: createdAt } : doc, existing ? 'update' : 'create', {
        createOrReplace: doc,
      });
      return;
    }
    case 'delete': {
      for (const id of targetIds(spec, index, findIds)) {
        if (set.get(id)) set.delete(id);
      }
      return;
    }
    case 'patch': {
      const byQuery = typeof spec.query === 'string';
      for (const id of targetIds(spec, index, findIds)) {
        const current = set.get(id);
        if (!current) {
          if (byQuery) continue; // a document the query found may be gone by now; not an error
          throw new MutationError(409, `Cannot modify document "${id}" because it does not exist`, {
            type: 'documentNotFoundError',
            id,
            index,
          });
        }
        if (typeof spec.ifRevisionID === 'string' && spec.ifRevisionID !== current._rev) {
          throw new MutationError(
            409,
            `Document "${id}" has unexpected revision ID ("${current._rev ?? ''}"), expected "${spec.ifRevisionID}"`,
            { type: 'documentRevisionIDDoesNotMatchError', id, index },
          );
        }
        const { query: _query, params: _params, ...operations } = spec;
        set.put(applyPatch(current, spec, index), 'update', { patch: { ...operations, id } });
      }
      return;
    }
    default:
      throw invalid(index, `unknown mutation kind "${kind}"`);
  }
}

/** Applies the patch operations of one patch mutation to one document. */
export function applyPatch(doc: DraftDocument, spec: Record<string, unknown>, index = 0): DraftDocument {
  const operations: Record<string, unknown> = { id: doc._id };
  for (const [key, value] of Object.entries(spec)) {
    if (PATCH_OPERATIONS.has(key)) operations[key] = value;
    else if (!['id', 'query', 'params', 'ifRevisionID'].includes(key))
      throw invalid(index, `unknown patch operation "${key}"`);
  }
  for (const path of patchPaths(operations)) {
    if (path.length > MAX_PATH_LENGTH)
      throw invalid(index, `a patch path is longer than ${MAX_PATH_LENGTH} characters`);
  }
  // Names such as `hasOwnProperty` are escaped for the mutator and restored after (groq/names.ts).
  const escapedDoc = escapeKeys(doc);
  requireNumbers(escapedDoc, operations, index);
  let patched: DraftDocument | null;
  try {
    const applied = new MutatorMutation({
      mutations: [{ patch: escapeOperations(operations) as never }],
    }).apply(structuredClone(escapedDoc) as never) as DraftDocument | null;
    patched = applied && unescapeKeys(applied);
  } catch (error) {
    throw invalid(index, `patch on "${doc._id}" failed: ${(error as Error).message}`);
  }
  if (!patched) throw invalid(index, `patch removed document "${doc._id}"`);
  // Identity fields cannot be patched away.
  if (patched._id !== doc._id || typeof patched._type !== 'string' || patched._type === '') {
    throw invalid(index, `patch on "${doc._id}" may not change _id or remove _type`);
  }
  return patched;
}

/** Patch operations with their paths and values' keys escaped (groq/names.ts). */
function escapeOperations(operations: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [operation, value] of Object.entries(operations)) {
    if (operation === 'id') out.id = value;
    else if (operation === 'unset' && Array.isArray(value))
      out.unset = value.map((path) => (typeof path === 'string' ? escapePath(path) : path));
    else if (operation === 'insert' && typeof value === 'object' && value !== null) {
      out.insert = Object.fromEntries(
        Object.entries(value).map(([key, child]) => [
          key,
          key === 'items' ? escapeKeys(child) : typeof child === 'string' ? escapePath(child) : child,
        ]),
      );
    } else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      out[operation] = Object.fromEntries(
        Object.entries(value).map(([path, child]) => [escapePath(path), escapeKeys(child)]),
      );
    } else out[operation] = value;
  }
  return out;
}

/** Longest attribute path or JSONMatch expression a patch may name. */
export const MAX_PATH_LENGTH = 1024;

/** Every path a patch's operations name: the keys of set/setIfMissing/inc/dec/diffMatchPatch, unset's list, insert's anchor. */
function patchPaths(operations: Record<string, unknown>): string[] {
  const paths: string[] = [];
  for (const [operation, value] of Object.entries(operations)) {
    if (operation === 'id') continue;
    if (operation === 'unset' && Array.isArray(value)) paths.push(...value.map(String));
    else if (operation === 'insert' && typeof value === 'object' && value !== null) {
      for (const [key, anchor] of Object.entries(value)) if (key !== 'items') paths.push(String(anchor));
    } else if (typeof value === 'object' && value !== null && !Array.isArray(value))
      paths.push(...Object.keys(value));
  }
  return paths;
}

/**
 * `inc` and `dec` need a number to change: "The operation will fail if target value is not a numeric value, or
 * doesn't exist" (https://www.sanity.io/docs/http-reference/mutate, inc). Checked before the patch runs, since
 * @sanity/mutator skips a missing target and would leave a string as it is.
 */
function requireNumbers(doc: DraftDocument, operations: Record<string, unknown>, index: number): void {
  for (const operation of ['inc', 'dec'] as const) {
    const amounts = operations[operation];
    if (amounts === undefined) continue;
    if (typeof amounts !== 'object' || amounts === null || Array.isArray(amounts))
      throw invalid(index, `"${operation}" must be an object of paths and numbers`);
    for (const [path, amount] of Object.entries(amounts)) {
      if (typeof amount !== 'number' || !Number.isFinite(amount))
        throw invalid(index, `"${operation}" of "${path}" must be a number`);
      let targets;
      try {
        targets = extractWithPath(escapePath(path), doc);
      } catch (error) {
        throw invalid(index, `invalid path "${path}": ${(error as Error).message}`);
      }
      if (targets.length === 0)
        throw invalid(index, `cannot ${operation} "${path}" of "${doc._id}": the field does not exist`);
      const other = targets.find((target) => typeof target.value !== 'number');
      if (other)
        throw invalid(index, `cannot ${operation} "${path}" of "${doc._id}": the value is not a number`);
    }
  }
}

function documentFrom(
  spec: Record<string, unknown>,
  index: number,
  options: { requireId?: boolean } = {},
): DraftDocument {
  const given = spec._id === undefined && !options.requireId ? randomUUID() : spec._id;
  if (typeof given !== 'string' || given === '') throw invalid(index, 'document must have an _id');
  let id: string = given;
  // `drafts.` style ids ending in a dot get a generated suffix, as in the Content Lake.
  if (id.endsWith('.')) id = `${id}${randomUUID()}`;
  const problem = documentIdProblem(id);
  if (problem) throw invalid(index, problem);
  if (typeof spec._type !== 'string' || spec._type === '')
    throw invalid(index, `document "${id}" does not have a type`);
  return { ...withoutSystemFields(spec), _id: id, _type: spec._type } as DraftDocument;
}

function targetIds(spec: Record<string, unknown>, index: number, findIds: IdFinder): string[] {
  if (spec.id !== undefined) {
    const problem = documentIdProblem(spec.id);
    if (problem) throw invalid(index, problem);
    return [spec.id as string];
  }
  if (typeof spec.query === 'string') {
    const params = (spec.params as Record<string, unknown> | undefined) ?? {};
    try {
      return findIds(spec.query, params, index);
    } catch (error) {
      throw invalid(index, `query failed: ${(error as Error).message}`);
    }
  }
  throw invalid(index, 'expected "id" or "query"');
}

function invalid(index: number, description: string): MutationError {
  return new MutationError(400, description, { type: 'invalidMutationError', index });
}
