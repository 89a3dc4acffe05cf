// GET /data/listen/:dataset?query=…&$param=… — server-sent mutation events for documents matching a GROQ filter.
import { QueryError, parseQuery } from '../groq/parse-query.ts';
import { forEachNode } from '../groq/syntax-tree.ts';
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
  refuseJoins(query, filter);
  // https://www.sanity.io/docs/http-reference/listen: booleans are `true` or `false`; anything else answers 400.
  const flag = (name: string, fallback: boolean) => {
    const value = search.get(name);
    if (value === null) return fallback;
    if (value !== 'true' && value !== 'false')
      throw new HttpError(400, `Invalid value for "${name}": "${value}" (expected true or false)`);
    return value === 'true';
  };
  const choice = (name: string, allowed: string[]): string | undefined => {
    const value = search.get(name) ?? undefined;
    if (value !== undefined && !allowed.includes(value))
      throw new HttpError(400, `Invalid value for "${name}": "${value}" (expected ${allowed.join(' or ')})`);
    return value;
  };
  const effectFormat = choice('effectFormat', ['mendoza']);
  const visibility = choice('visibility', ['sync', 'query', 'transaction']) ?? 'query';
  const options = {
    filter,
    params,
    includeResult: flag('includeResult', true),
    includePreviousRevision: flag('includePreviousRevision', false),
    includeMutations: flag('includeMutations', true),
    includeAllVersions: flag('includeAllVersions', false),
    authenticated: context.authenticated,
    effectFormat: effectFormat === 'mendoza' ? ('mendoza' as const) : undefined,
    visibility,
  };
  const stream = openSse(context.req, context.res);
  context.lake.listeners.add(stream, options);
}

/**
 * A listener's filter is checked against each changed document on the thread that commits, so it may not reach
 * other documents: no sub-query (`*` inside the filter) and no dereference (`->`), which the Listen API does not
 * support either ("The Listen API doesn't support joins", https://www.sanity.io/docs/content-lake/groq-feature-support-by-context).
 */
function refuseJoins(query: string, filter: unknown): void {
  let everything = 0;
  let joins = false;
  forEachNode(filter, (node) => {
    if (node.type === 'Everything') everything++;
    if (node.type === 'Deref') joins = true;
  });
  if (everything > 1 || joins) {
    throw new HttpError(400, 'Listener filters may not use sub-queries or dereferences', {
      error: {
        description:
          'Listener filters may not use sub-queries (*[...] inside the filter) or dereferences (->)',
        type: 'queryParseError',
        query,
      },
    });
  }
}
