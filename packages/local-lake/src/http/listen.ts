// GET /data/listen/:dataset?query=…&$param=… — server-sent mutation events for documents matching a GROQ filter.
import { QueryError, parseQuery } from '../groq/parse-query.ts';
import type { RequestContext } from './context.ts';
import { requireDataset } from './dataset.ts';
import { HttpError } from './respond.ts';
import { paramsFromSearch } from './search-params.ts';
import { openSse } from './sse.ts';

export function handleListen(context: RequestContext): void {
  requireDataset(context);
  const search = context.url.searchParams;
  const query = search.get('query');
  if (query === null) throw new HttpError(400, 'Missing "query" parameter');
  const params = paramsFromSearch(search);
  let filter;
  try {
    filter = parseQuery(query, params);
  } catch (error) {
    if (error instanceof QueryError) throw new HttpError(400, error.message, { error: error.body });
    throw error;
  }
  const flag = (name: string, fallback: boolean) => {
    const value = search.get(name);
    return value === null ? fallback : value === 'true';
  };
  const stream = openSse(context.req, context.res);
  context.lake.listeners.add(stream, {
    filter,
    params,
    includeResult: flag('includeResult', true),
    includePreviousRevision: flag('includePreviousRevision', false),
    includeMutations: flag('includeMutations', true),
    includeAllVersions: flag('includeAllVersions', false),
    authenticated: context.authenticated,
    effectFormat: search.get('effectFormat') === 'mendoza' ? 'mendoza' : undefined,
    visibility: search.get('visibility') ?? 'query',
  });
}
