// POST /data/mutate/:dataset — a list of mutations applied as one transaction, acknowledged after it is on disk.
import { idsMatching } from '../groq/query-engine.ts';
import { runTransaction } from '../write/commit.ts';
import { mutationsWithArrayKeys } from '../write/array-keys.ts';
import { MutationError } from '../write/errors.ts';
import { applyMutations } from '../write/mutations.ts';
import type { RequestContext } from './context.ts';
import { requireDataset, requireToken } from './dataset.ts';
import { HttpError, sendJson } from './respond.ts';
import { readWriteBody } from './write-body.ts';

export async function handleMutate(context: RequestContext): Promise<void> {
  requireDataset(context);
  const author = requireToken(context, 'Writing');
  const body = await readWriteBody(context, '{mutations: [...]}');
  const { transactionId } = body;
  const search = context.url.searchParams;
  const options = mutateOptions(search);
  const mutations = options.autoGenerateArrayKeys ? mutationsWithArrayKeys(body.mutations) : body.mutations;
  const requestedId =
    typeof transactionId === 'string' ? transactionId : (search.get('transactionId') ?? undefined);
  try {
    const outcome = runTransaction(context.lake.store, {
      transactionId: requestedId,
      author: author.id,
      log: Array.isArray(mutations) ? mutations : [],
      dryRun: options.dryRun,
      build: (set) =>
        applyMutations(set, mutations, (query, params) => idsMatching(context.lake.engine, query, params)),
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

const VISIBILITIES = ['sync', 'async', 'deferred'];
const BOOLEAN_OPTIONS = [
  'returnIds',
  'returnDocuments',
  'autoGenerateArrayKeys',
  'dryRun',
  'skipCrossDatasetReferenceValidation',
] as const;

type MutateOptions = Record<(typeof BOOLEAN_OPTIONS)[number], boolean> & { visibility: string };

/**
 * The query parameters of `POST /data/mutate` (https://www.sanity.io/docs/http-reference/mutate): the boolean
 * options take `true` or `false` (default false); `visibility` is `sync` (default), `async` or `deferred`. The lake
 * commits before it answers, so every visibility is in effect `sync`. Anything else answers 400.
 */
function mutateOptions(search: URLSearchParams): MutateOptions {
  const options = { visibility: search.get('visibility') ?? 'sync' } as MutateOptions;
  if (!VISIBILITIES.includes(options.visibility)) {
    throw new HttpError(
      400,
      `Invalid value for "visibility": "${options.visibility}" (expected ${VISIBILITIES.join(', ')})`,
    );
  }
  for (const name of BOOLEAN_OPTIONS) {
    const value = search.get(name);
    if (value !== null && value !== 'true' && value !== 'false')
      throw new HttpError(400, `Invalid value for "${name}": "${value}" (expected true or false)`);
    options[name] = value === 'true';
  }
  return options;
}
