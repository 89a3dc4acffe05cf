// GET|POST /data/query/:dataset — GROQ with `$params` and perspectives, answered as `{query, result, ms, syncTags}`.
import { parsePerspective, PerspectiveError, seesUnpublished } from '../groq/perspective.ts';
import { QueryError } from '../groq/run-query.ts';
import { syncTagsFor } from '../groq/sync-tags.ts';
import type { RequestContext } from './context.ts';
import { requireDataset, requireToken } from './dataset.ts';
import { HttpError, readJsonBody, sendJson } from './respond.ts';

interface QueryRequest {
  query: string;
  params: Record<string, unknown>;
  perspective: string | undefined;
}

export async function handleQuery(context: RequestContext): Promise<void> {
  const dataset = requireDataset(context);
  const request =
    context.req.method === 'POST' ? await fromBody(context) : fromSearch(context.url.searchParams);
  let perspective;
  try {
    perspective = parsePerspective(request.perspective);
  } catch (error) {
    if (error instanceof PerspectiveError) throw new HttpError(400, error.message);
    throw error;
  }
  if (seesUnpublished(perspective)) requireToken(context, `The "${request.perspective}" perspective`);

  const started = performance.now();
  try {
    const result = await context.lake.engine.run({
      query: request.query,
      params: request.params,
      perspective,
      dataset,
      identity: context.authenticated ? 'local-editor' : 'anonymous',
    });
    const body: Record<string, unknown> = {
      result: result ?? null,
      syncTags: syncTagsFor(perspective),
      ms: Math.round((performance.now() - started) * 100) / 100,
    };
    if (context.url.searchParams.get('returnQuery') !== 'false') body.query = request.query;
    sendJson(context.req, context.res, 200, body);
  } catch (error) {
    if (error instanceof QueryError) {
      throw new HttpError(400, error.message, { error: error.body });
    }
    throw error;
  }
}

function fromSearch(search: URLSearchParams): QueryRequest {
  const query = search.get('query');
  if (query === null) throw new HttpError(400, 'Missing "query" parameter');
  const params: Record<string, unknown> = {};
  for (const [key, value] of search) {
    if (!key.startsWith('$')) continue;
    params[key.slice(1)] = parseParam(key, value);
  }
  return { query, params, perspective: search.get('perspective') ?? undefined };
}

async function fromBody(context: RequestContext): Promise<QueryRequest> {
  const body = await readJsonBody(context.req);
  if (typeof body !== 'object' || body === null)
    throw new HttpError(400, 'Expected a JSON body {query, params}');
  const { query, params, perspective } = body as Record<string, unknown>;
  if (typeof query !== 'string') throw new HttpError(400, 'Missing "query" in request body');
  if (params !== undefined && (typeof params !== 'object' || params === null || Array.isArray(params))) {
    throw new HttpError(400, '"params" must be an object');
  }
  const fromUrl = fromSearchParamsOnly(context.url.searchParams);
  return {
    query,
    params: { ...fromUrl, ...((params as Record<string, unknown> | undefined) ?? {}) },
    perspective:
      typeof perspective === 'string'
        ? perspective
        : (context.url.searchParams.get('perspective') ?? undefined),
  };
}

function fromSearchParamsOnly(search: URLSearchParams): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [key, value] of search) if (key.startsWith('$')) params[key.slice(1)] = parseParam(key, value);
  return params;
}

function parseParam(key: string, value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    throw new HttpError(400, `Query parameter "${key}" is not valid JSON (parameters are JSON-encoded)`);
  }
}
