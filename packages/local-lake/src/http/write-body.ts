// The JSON body of a write endpoint (mutate, actions): an object, nested no deeper than the lake can walk.
import { MAX_WRITE_DEPTH, nestedDeeperThan } from '../store/nesting.ts';
import type { RequestContext } from './context.ts';
import { HttpError, readJsonBody } from './respond.ts';

/** Reads the body; answers 400 when it is not a JSON object or nests deeper than `MAX_WRITE_DEPTH` levels. */
export async function readWriteBody(
  context: RequestContext,
  shape: string,
): Promise<Record<string, unknown>> {
  const body = await readJsonBody(context.req);
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new HttpError(400, `Expected a JSON body ${shape}`);
  if (nestedDeeperThan(body, MAX_WRITE_DEPTH))
    throw new HttpError(
      400,
      `The request body nests objects and arrays deeper than ${MAX_WRITE_DEPTH} levels`,
    );
  return body as Record<string, unknown>;
}
