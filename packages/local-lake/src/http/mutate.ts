// POST /data/mutate/:dataset — a list of mutations applied as one transaction, acknowledged after it is on disk.
import { runTransaction } from '../write/commit.ts';
import { mutationsWithArrayKeys } from '../write/array-keys.ts';
import { MutationError } from '../write/errors.ts';
import { applyMutations } from '../write/mutations.ts';
import { findQueryTargets, targetsFinder } from '../write/query-targets.ts';
import type { RequestContext } from './context.ts';
import { requireDataset, requireToken } from './dataset.ts';
import { HttpError, sendJson } from './respond.ts';
import { readWriteBody } from './write-body.ts';

export async function handleMutate(context: RequestContext): Promise<void> {
  const dataset = requireDataset(context);
  const author = requireToken(context, 'Writing');
  const body = await readWriteBody(context, '{mutations: [...]}');
  const options = mutateOptions(context.url.searchParams, body);
  const mutations = options.autoGenerateArrayKeys ? mutationsWithArrayKeys(body.mutations) : body.mutations;
  const { store, queries } = context.lake;
  try {
    // Query-selected documents are found in a query worker first; a write committed meanwhile means finding
    // them again, so the transaction always applies ids found on the state it commits on.
    let targets = await findQueryTargets(store, queries, dataset, mutations);
    for (let attempt = 1; targets && targets.seq !== store.lastSeq; attempt++) {
      if (attempt === MAX_QUERY_ATTEMPTS)
        throw new HttpError(
          409,
          'Other writes kept changing the documents the mutation queries select; retry',
        );
      targets = await findQueryTargets(store, queries, dataset, mutations);
    }
    const outcome = runTransaction(store, {
      transactionId: options.transactionId,
      author: author.id,
      log: Array.isArray(mutations) ? mutations : [],
      dryRun: options.dryRun,
      build: (set) => applyMutations(set, mutations, targetsFinder(targets)),
    });
    const { returnDocuments } = options;
    const response: Record<string, unknown> = {
      transactionId: outcome.transaction.id,
      results: outcome.results.map(({ id, operation, document }) =>
        returnDocuments && document ? { id, operation, document } : { id, operation },
      ),
    };
    if (options.returnIds) response.documentIds = outcome.results.map((result) => result.id);
    sendJson(context.req, context.res, 200, response);
  } catch (error) {
    if (error instanceof MutationError) throw new HttpError(error.status, error.message, error.body);
    throw error;
  }
}

const MAX_QUERY_ATTEMPTS = 5;

const VISIBILITIES = ['sync', 'async', 'deferred'];
const BOOLEAN_OPTIONS = [
  'returnIds',
  'returnDocuments',
  'autoGenerateArrayKeys',
  'dryRun',
  'skipCrossDatasetReferenceValidation',
] as const;

type MutateOptions = Record<(typeof BOOLEAN_OPTIONS)[number], boolean> & {
  visibility: string;
  transactionId: string | undefined;
};

const BODY_FIELDS = new Set(['mutations', 'transactionId', 'visibility', ...BOOLEAN_OPTIONS]);

/**
 * The options of `POST /data/mutate` (https://www.sanity.io/docs/http-reference/mutate), from the query string
 * or the body (the body wins): the boolean options take `true` or `false` (default false); `visibility` is `sync`
 * (default), `async` or `deferred` — the lake commits before it answers, so every visibility is in effect `sync`;
 * `transactionId` names the transaction. Any other value, or an unknown body field, answers 400.
 */
function mutateOptions(search: URLSearchParams, body: Record<string, unknown>): MutateOptions {
  for (const field of Object.keys(body)) {
    if (!BODY_FIELDS.has(field))
      throw new HttpError(
        400,
        `Unknown field "${field}" in the body (expected ${[...BODY_FIELDS].join(', ')})`,
      );
  }
  const read = (name: string): string | null => {
    if (!Object.hasOwn(body, name)) return search.get(name);
    const value = body[name];
    if (typeof value === 'string' || typeof value === 'boolean') return String(value);
    throw new HttpError(400, `Invalid value for "${name}" in the body: ${JSON.stringify(value)}`);
  };
  const options = { visibility: read('visibility') ?? 'sync' } as MutateOptions;
  if (!VISIBILITIES.includes(options.visibility)) {
    throw new HttpError(
      400,
      `Invalid value for "visibility": "${options.visibility}" (expected ${VISIBILITIES.join(', ')})`,
    );
  }
  for (const name of BOOLEAN_OPTIONS) {
    const value = read(name);
    if (value !== null && value !== 'true' && value !== 'false')
      throw new HttpError(400, `Invalid value for "${name}": "${value}" (expected true or false)`);
    options[name] = value === 'true';
  }
  options.transactionId = read('transactionId') ?? undefined;
  return options;
}
