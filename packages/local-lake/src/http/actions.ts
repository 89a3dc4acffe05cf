// POST /data/actions/:dataset — document actions as one transaction; answers `{transactionId}` once committed.
import { runTransaction } from '../write/commit.ts';
import { applyActions } from '../write/actions.ts';
import { ActionError, MutationError } from '../write/errors.ts';
import type { RequestContext } from './context.ts';
import { requireDataset, requireToken } from './dataset.ts';
import { HttpError, sendJson } from './respond.ts';
import { readWriteBody } from './write-body.ts';

export async function handleActions(context: RequestContext): Promise<void> {
  requireDataset(context);
  const author = requireToken(context, 'Writing');
  const body = await readWriteBody(context, '{actions: [...]}');
  const options = actionOptions(context.url.searchParams, body);
  try {
    const outcome = runTransaction(context.lake.store, {
      transactionId: options.transactionId,
      author: author.id,
      dryRun: options.dryRun,
      build: (set) => applyActions(set, body.actions),
    });
    sendJson(context.req, context.res, 200, { transactionId: outcome.transaction.id });
  } catch (error) {
    if (error instanceof ActionError || error instanceof MutationError) {
      throw new HttpError(error.status, error.message, error.body);
    }
    throw error;
  }
}

const BODY_FIELDS = ['actions', 'transactionId', 'dryRun', 'skipCrossDatasetReferenceValidation'];

/**
 * The options of `POST /data/actions` (https://www.sanity.io/docs/http-reference/actions): `transactionId` (a
 * string), `dryRun` and `skipCrossDatasetReferenceValidation` (booleans; the lake holds one dataset, so there is
 * nothing to skip), in the body or the query string. A value of another type, or an unknown field, answers 400.
 */
function actionOptions(
  search: URLSearchParams,
  body: Record<string, unknown>,
): { transactionId: string | undefined; dryRun: boolean } {
  for (const field of Object.keys(body)) {
    if (!BODY_FIELDS.includes(field))
      throw new HttpError(400, `Unknown field "${field}" in the body (expected ${BODY_FIELDS.join(', ')})`);
  }
  const flag = (name: string): boolean => {
    const value = Object.hasOwn(body, name) ? body[name] : (search.get(name) ?? false);
    if (value === true || value === 'true') return true;
    if (value === false || value === 'false') return false;
    throw new HttpError(
      400,
      `Invalid value for "${name}": ${JSON.stringify(value)} (expected true or false)`,
    );
  };
  flag('skipCrossDatasetReferenceValidation');
  const transactionId = Object.hasOwn(body, 'transactionId')
    ? body.transactionId
    : (search.get('transactionId') ?? undefined);
  if (transactionId !== undefined && typeof transactionId !== 'string')
    throw new HttpError(
      400,
      `Invalid value for "transactionId": ${JSON.stringify(transactionId)} (expected a string)`,
    );
  return { transactionId, dryRun: flag('dryRun') };
}
