// Differential test of the write path: seeded, generated sequences of transactions (create, createOrReplace,
// createIfNotExists, delete, patch with set/setIfMissing/unset/inc/dec/insert/diffMatchPatch and ifRevisionID) are
// sent to the lake over HTTP and applied in memory by `@sanity/mutator`, the engine the Studio predicts edits with,
// under the Mutation API's documented rules (https://www.sanity.io/docs/http-reference/mutate): a transaction is
// all or nothing; `create` fails when the id exists; a patch fails on a missing document or a revision that does
// not match `ifRevisionID`; `inc`/`dec` fail when "the target value is not a numeric value, or doesn't exist"
// (which @sanity/mutator does not check, so the model does). The two must agree on which transactions succeed, on every resulting document and on
// its `_rev`. fast-check shrinks a mismatch to the shortest sequence that still shows it and prints it.
//
// LAKE_MUTATION_RUNS sets the number of sequences (default 300); LAKE_MUTATION_SEED replays one seed.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { makePatches, stringifyPatches } from '@sanity/diff-match-patch';
import { extractWithPath, Mutation } from '@sanity/mutator';
import fc from 'fast-check';
import { startLakeProcess, type LakeProcess } from './helpers/lake-process.ts';

const RUNS = Number(process.env.LAKE_MUTATION_RUNS ?? 300);
const SEED = Number(process.env.LAKE_MUTATION_SEED ?? 20261129);

let lake: LakeProcess;

beforeAll(async () => {
  lake = await startLakeProcess({ seedDir: '/nonexistent' });
});

afterAll(async () => {
  await lake?.stop();
});

type Doc = Record<string, unknown> & { _id: string; _rev?: string };
/** Ids are written relative to a sequence; each run gets its own prefix so runs do not see each other. */
const LOCAL_IDS = ['a', 'b', 'drafts.a'] as const;
type LocalId = (typeof LOCAL_IDS)[number];

/** A generated mutation before its ids and `ifRevisionID` are resolved against the current state. */
type Step =
  | { kind: 'create' | 'createOrReplace' | 'createIfNotExists'; id: LocalId; body: Record<string, unknown> }
  | { kind: 'delete'; id: LocalId }
  | {
      kind: 'patch';
      id: LocalId;
      revision: 'none' | 'current' | 'stale';
      operations: Record<string, unknown>;
    };

// Values ----------------------------------------------------------------------------------------------------------

const TITLES = ['Ketamine basics', 'Ketamine basics for families', 'Safety', 'Side effects and safety', ''];
const KEYS = ['k1', 'k2', 'k3', 'k4'];
const keyedItems = fc.uniqueArray(
  fc.record({ _key: fc.constantFrom(...KEYS), v: fc.integer({ min: -5, max: 5 }) }),
  { selector: (item) => item._key, maxLength: 3 },
);
const body = fc.record(
  {
    _type: fc.constantFrom('article', 'person'),
    title: fc.constantFrom(...TITLES),
    count: fc.integer({ min: -10, max: 10 }),
    nested: fc.record(
      { label: fc.string({ maxLength: 4 }), count: fc.integer({ min: 0, max: 3 }) },
      { requiredKeys: [] },
    ),
    items: keyedItems,
    tags: fc.array(fc.constantFrom('x', 'y', 'z'), { maxLength: 3 }),
  },
  { requiredKeys: ['_type'] },
);

const PATHS = [
  'title',
  'count',
  'nested.label',
  'nested.count',
  'items[_key=="k1"].v',
  'items[0].v',
  'tags[1]',
  'extra',
];
const NUMERIC_PATHS = ['count', 'nested.count', 'items[_key=="k2"].v', 'items[-1].v', 'title'];
const ITEM_SELECTORS = ['items[_key=="k1"]', 'items[_key=="k3"]', 'items[0]', 'items[-1]'];
const scalar = fc.oneof(
  fc.constantFrom(...TITLES),
  fc.integer({ min: -3, max: 3 }),
  fc.boolean(),
  fc.constant(null),
);

const patchOperations = fc.oneof(
  fc.record({ set: fc.dictionary(fc.constantFrom(...PATHS), scalar, { minKeys: 1, maxKeys: 2 }) }),
  fc.record({
    setIfMissing: fc.dictionary(
      fc.constantFrom('nested', 'items', 'title', 'tags'),
      fc.oneof(fc.constant({ label: 'default' }), fc.constant([]), fc.constant('untitled')),
      { minKeys: 1, maxKeys: 2 },
    ),
  }),
  fc.record({
    unset: fc.uniqueArray(fc.constantFrom(...PATHS, 'items[_key=="k2"]'), { minLength: 1, maxLength: 2 }),
  }),
  fc.record({
    inc: fc.dictionary(fc.constantFrom(...NUMERIC_PATHS), fc.integer({ min: -3, max: 3 }), {
      minKeys: 1,
      maxKeys: 2,
    }),
  }),
  fc.record({
    dec: fc.dictionary(fc.constantFrom(...NUMERIC_PATHS), fc.integer({ min: -3, max: 3 }), {
      minKeys: 1,
      maxKeys: 1,
    }),
  }),
  fc
    .tuple(fc.constantFrom('before', 'after', 'replace'), fc.constantFrom(...ITEM_SELECTORS), keyedItems)
    .map(([position, selector, items]) => ({ insert: { [position]: selector, items } })),
  fc
    .tuple(fc.constantFrom(...TITLES), fc.constantFrom(...TITLES))
    .map(([from, to]) => ({ diffMatchPatch: { title: stringifyPatches(makePatches(from, to)) } })),
  // Several operations in one patch apply in the documented order (set, setIfMissing, unset, inc, dec, insert).
  fc
    .tuple(fc.constantFrom(...PATHS), scalar, fc.constantFrom(...NUMERIC_PATHS))
    .map(([path, value, numeric]) => ({
      setIfMissing: { count: 0 },
      set: { [path]: value },
      inc: { [numeric]: 1 },
    })),
);

const localId = fc.constantFrom(...LOCAL_IDS);
const step: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constantFrom('create', 'createOrReplace', 'createIfNotExists'),
      id: localId,
      body,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete'), id: localId }) },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('patch'),
      id: localId,
      revision: fc.constantFrom('none', 'none', 'current', 'stale'),
      operations: patchOperations,
    }),
  },
) as fc.Arbitrary<Step>;
const sequence = fc.array(fc.array(step, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 });

// The two sides ---------------------------------------------------------------------------------------------------

const globalId = (prefix: string, id: LocalId) =>
  id === 'drafts.a' ? `drafts.${prefix}-a` : `${prefix}-${id}`;

/** The mutation as sent, with the revision taken from the reference model's current state. */
function toMutation(prefix: string, item: Step, model: Map<string, Doc>): Record<string, unknown> {
  const id = globalId(prefix, item.id);
  if (item.kind === 'delete') return { delete: { id } };
  if (item.kind === 'patch') {
    const revision =
      item.revision === 'current'
        ? (model.get(id)?._rev ?? 'missing')
        : item.revision === 'stale'
          ? 'stale-revision'
          : undefined;
    return { patch: { id, ...item.operations, ...(revision ? { ifRevisionID: revision } : {}) } };
  }
  return { [item.kind]: { ...item.body, _id: id } };
}

class Refused extends Error {}

/** Applies one transaction to a copy of the model; returns the ids it wrote, or throws `Refused`. */
function applyInMemory(
  model: Map<string, Doc>,
  mutations: Record<string, unknown>[],
): Map<string, Doc | null> {
  const written = new Map<string, Doc | null>();
  const current = (id: string) => (written.has(id) ? written.get(id) : model.get(id)) ?? null;
  for (const mutation of mutations) {
    const [kind, spec] = Object.entries(mutation)[0] as [string, Doc & { id: string; ifRevisionID?: string }];
    const id = kind === 'delete' || kind === 'patch' ? spec.id : spec._id;
    const before = current(id);
    if (kind === 'create' && before) throw new Refused(`create: ${id} exists`);
    if (kind === 'createIfNotExists' && before) continue;
    if (kind === 'delete') {
      if (before) written.set(id, null);
      continue;
    }
    if (kind === 'patch') {
      if (!before) throw new Refused(`patch: ${id} missing`);
      if (spec.ifRevisionID !== undefined && spec.ifRevisionID !== before._rev) throw new Refused('revision');
      for (const operation of ['inc', 'dec']) {
        for (const path of Object.keys((spec as Record<string, object>)[operation] ?? {})) {
          let targets: Array<{ value: unknown }> = [];
          try {
            targets = extractWithPath(path, before);
          } catch (error) {
            throw new Refused(`${operation}: ${(error as Error).message}`);
          }
          if (targets.length === 0 || targets.some((target) => typeof target.value !== 'number'))
            throw new Refused(`${operation}: ${path} is not a number`);
        }
      }
    }
    const { ifRevisionID: _ifRevisionID, ...rest } = spec;
    let after: Doc | null;
    try {
      after = new Mutation({ mutations: [{ [kind]: structuredClone(rest) } as never] }).apply(
        structuredClone(before) as never,
      ) as Doc | null;
    } catch (error) {
      throw new Refused(`mutator: ${(error as Error).message}`);
    }
    written.set(id, after);
  }
  return written;
}

async function applyThroughLake(
  mutations: Record<string, unknown>[],
): Promise<{ status: number; transactionId?: string }> {
  const response = await fetch(`${lake.url}/v2025-02-19/data/mutate/production`, {
    method: 'POST',
    headers: { authorization: `Bearer ${lake.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ mutations }),
  });
  const answer = (await response.json()) as { transactionId?: string };
  return { status: response.status, transactionId: answer.transactionId };
}

async function lakeDocuments(ids: string[]): Promise<Map<string, Doc>> {
  const response = await fetch(`${lake.url}/v2025-02-19/data/doc/production/${ids.join(',')}`, {
    headers: { authorization: `Bearer ${lake.token}` },
  });
  const { documents } = (await response.json()) as { documents: Doc[] };
  return new Map(documents.map((doc) => [doc._id, doc]));
}

/**
 * What both sides must agree on, as canonical JSON (object keys sorted): everything but the timestamps, which only
 * the lake's clock decides.
 */
function comparable(doc: Doc | undefined): string {
  if (!doc) return 'none';
  const { _createdAt: _c, _updatedAt: _u, ...rest } = doc;
  return JSON.stringify(rest, (_key, value: unknown) =>
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)))
      : value,
  );
}

let runs = 0;

describe('mutations: the lake over HTTP against @sanity/mutator in memory', () => {
  it(
    `agrees on ${RUNS} generated sequences (seed ${SEED})`,
    async () => {
      await fc.assert(
        fc.asyncProperty(sequence, async (transactions) => {
          runs += 1;
          const prefix = `s${runs}`;
          const ids = LOCAL_IDS.map((id) => globalId(prefix, id));
          const model = new Map<string, Doc>();
          const log: string[] = [];
          for (const transaction of transactions) {
            const mutations = transaction.map((item) => toMutation(prefix, item, model));
            let expected: Map<string, Doc | null> | Refused;
            try {
              expected = applyInMemory(model, mutations);
            } catch (error) {
              if (!(error instanceof Refused)) throw error;
              expected = error;
            }
            const answer = await applyThroughLake(mutations);
            log.push(`${JSON.stringify(mutations)} → lake ${answer.status}`);
            expect(answer.status).toBeLessThan(500);
            const accepted = answer.status === 200;
            if (accepted !== !(expected instanceof Refused)) {
              throw new Error(
                `lake ${accepted ? 'accepted' : 'refused'} a transaction the reference ${accepted ? `refused (${(expected as Refused).message})` : 'accepted'}:\n${log.join('\n')}`,
              );
            }
            if (expected instanceof Refused) continue;
            for (const [id, doc] of expected) {
              if (doc) model.set(id, { ...doc, _rev: answer.transactionId });
              else model.delete(id);
            }
          }
          const stored = await lakeDocuments(ids);
          for (const id of ids) {
            const want = comparable(model.get(id));
            const got = comparable(stored.get(id));
            if (got !== want) {
              throw new Error(
                `document ${id} differs\nlake:      ${got}\nreference: ${want}\n${log.join('\n')}`,
              );
            }
          }
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: false },
      );
      expect(runs).toBeGreaterThanOrEqual(RUNS);
      // Each sequence is a handful of HTTP round trips; the time allowed grows with the number asked for.
    },
    60_000 + RUNS * 500,
  );
});
