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
  const { actions, transactionId, dryRun } = await readWriteBody(context, '{actions: [...]}');
  try {
    const outcome = runTransaction(context.lake.store, {
      transactionId: typeof transactionId === 'string' ? transactionId : undefined,
      author: author.id,
      dryRun: dryRun === true,
      build: (set) => applyActions(set, actions),
    });
    sendJson(context.req, context.res, 200, { transactionId: outcome.transaction.id });
  } catch (error) {
    if (error instanceof ActionError || error instanceof MutationError) {
      throw new HttpError(error.status, error.message, error.body);
    }
    throw error;
  }
}
