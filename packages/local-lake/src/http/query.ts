// GET|POST /data/query/:dataset — GROQ with `$params` and perspectives, answered as `{query, result, ms, syncTags}`
// (+ `resultSourceMap` when asked). The query runs in a query worker, within the limits of query-limits.ts.
import { QueryError } from '../groq/parse-query.ts';
import { apiVersionOf, perspectiveFor, PerspectiveError, seesUnpublished } from '../groq/perspective.ts';
import type { SourceMapPaths } from '../groq/source-map.ts';
import { syncTagsFor } from '../groq/sync-tags.ts';
import type { RequestContext } from './context.ts';
import { requireDataset, requireToken } from './dataset.ts';
import { HttpError, readJsonBody, sendJsonText } from './respond.ts';
import { paramsFromSearch } from './search-params.ts';

interface QueryRequest {
  query: string;
  params: Record<string, unknown>;
  perspective: string | undefined;
  resultSourceMap: string | undefined;
}

export async function handleQuery(context: RequestContext): Promise<void> {
  const dataset = requireDataset(context);
  const request =
    context.req.method === 'POST' ? await fromBody(context) : fromSearch(context.url.searchParams);
  let perspective;
  try {
    perspective = perspectiveFor({
      value: request.perspective,
      apiVersion: apiVersionOf(context.url.pathname),
      authenticated: context.authenticated,
    });
  } catch (error) {
    if (error instanceof PerspectiveError) throw new HttpError(400, error.message);
    throw error;
  }
  if (seesUnpublished(perspective))
    requireToken(context, `The "${request.perspective ?? 'raw'}" perspective`);
  const { maxQueryBytes } = context.lake.queryLimits;
  if (Buffer.byteLength(request.query) > maxQueryBytes) {
    throw new HttpError(413, 'Query too large', {
      error: {
        description: `The query is larger than ${maxQueryBytes} bytes (LOCAL_LAKE_QUERY_MAX_BYTES)`,
        type: 'queryLimitError',
        query: request.query.slice(0, 200),
      },
    });
  }

  const started = performance.now();
  try {
    const answer = await context.lake.queries.run({
      query: request.query,
      params: request.params,
      perspective,
      dataset,
      identity: context.user?.id ?? 'anonymous',
      resultSourceMap: sourceMapPaths(request.resultSourceMap),
    });
    // The result stays the JSON text the worker wrote: no second parse and stringify on this thread.
    const fields = [
      `"result":${answer.resultJson}`,
      `"syncTags":${JSON.stringify(syncTagsFor(perspective))}`,
      `"ms":${Math.round((performance.now() - started) * 100) / 100}`,
    ];
    if (answer.sourceMapJson) fields.push(`"resultSourceMap":${answer.sourceMapJson}`);
    if (context.url.searchParams.get('returnQuery') !== 'false')
      fields.push(`"query":${JSON.stringify(request.query)}`);
    sendJsonText(context.req, context.res, 200, `{${fields.join(',')}}`);
  } catch (error) {
    if (error instanceof QueryError) {
      throw new HttpError(error.status, error.message, { error: error.body });
    }
    throw error;
  }
}

/** `resultSourceMap=true` maps array items by index, `withKeyArraySelector` by `_key`; anything else: no map. */
function sourceMapPaths(value: string | undefined): SourceMapPaths | undefined {
  if (value === 'withKeyArraySelector') return 'key';
  if (value === 'true') return 'index';
  return undefined;
}

function fromSearch(search: URLSearchParams): QueryRequest {
  const query = search.get('query');
  if (query === null) throw new HttpError(400, 'Missing "query" parameter');
  const params = paramsFromSearch(search);
  return {
    query,
    params,
    perspective: search.get('perspective') ?? undefined,
    resultSourceMap: search.get('resultSourceMap') ?? undefined,
  };
}

async function fromBody(context: RequestContext): Promise<QueryRequest> {
  const body = await readJsonBody(context.req);
  if (typeof body !== 'object' || body === null)
    throw new HttpError(400, 'Expected a JSON body {query, params}');
  const { query, params, perspective, resultSourceMap } = body as Record<string, unknown>;
  if (typeof query !== 'string') throw new HttpError(400, 'Missing "query" in request body');
  if (params !== undefined && (typeof params !== 'object' || params === null || Array.isArray(params))) {
    throw new HttpError(400, '"params" must be an object');
  }
  const fromUrl = paramsFromSearch(context.url.searchParams);
  return {
    query,
    params: { ...fromUrl, ...((params as Record<string, unknown> | undefined) ?? {}) },
    perspective:
      typeof perspective === 'string'
        ? perspective
        : (context.url.searchParams.get('perspective') ?? undefined),
    resultSourceMap:
      resultSourceMap === true || resultSourceMap === 'withKeyArraySelector'
        ? String(resultSourceMap)
        : (context.url.searchParams.get('resultSourceMap') ?? undefined),
  };
}
