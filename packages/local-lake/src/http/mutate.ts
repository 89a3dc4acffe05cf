// POST /data/mutate/:dataset — a list of mutations applied as one transaction, acknowledged after it is on disk.
import { idsMatching } from '../groq/query-engine.ts';
import { runTransaction } from '../write/commit.ts';
import { MutationError } from '../write/errors.ts';
import { applyMutations } from '../write/mutations.ts';
import type { RequestContext } from './context.ts';
import { requireDataset, requireToken } from './dataset.ts';
import { HttpError, readJsonBody, sendJson } from './respond.ts';

export const EDITOR_IDENTITY = 'p-local-editor';

export async function handleMutate(context: RequestContext): Promise<void> {
  requireDataset(context);
  requireToken(context, 'Writing');
  const body = await readJsonBody(context.req);
  if (typeof body !== 'object' || body === null)
    throw new HttpError(400, 'Expected a JSON body {mutations: [...]}');
  const { mutations, transactionId } = body as { mutations?: unknown; transactionId?: unknown };
  const search = context.url.searchParams;
  const requestedId =
    typeof transactionId === 'string' ? transactionId : (search.get('transactionId') ?? undefined);
  try {
    const outcome = runTransaction(context.lake.store, {
      transactionId: requestedId,
      author: EDITOR_IDENTITY,
      log: Array.isArray(mutations) ? mutations : [],
      dryRun: search.get('dryRun') === 'true',
      build: (set) =>
        applyMutations(set, mutations, (query, params) => idsMatching(context.lake.engine, query, params)),
    });
    const returnDocuments = search.get('returnDocuments') === 'true';
    const response: Record<string, unknown> = {
      transactionId: outcome.transaction.id,
      results: outcome.results.map(({ id, operation, document }) =>
        returnDocuments && document ? { id, operation, document } : { id, operation },
      ),
    };
    if (search.get('returnIds') === 'true') response.documentIds = outcome.results.map((result) => result.id);
    sendJson(context.req, context.res, 200, response);
  } catch (error) {
    if (error instanceof MutationError) throw new HttpError(error.status, error.message, error.body);
    throw error;
  }
}
