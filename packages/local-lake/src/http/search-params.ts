// `$name=<JSON>` query-string parameters of the query and listen endpoints
// (https://www.sanity.io/docs/http-reference/query: "parameters are JSON-encoded").
import { HttpError } from './respond.ts';

/**
 * The `$`-prefixed search parameters as `{name: value}`. Built with `Object.fromEntries`, so a parameter named
 * `__proto__` is a parameter like any other, not the object's prototype. A value that is not JSON answers 400.
 */
export function paramsFromSearch(search: URLSearchParams): Record<string, unknown> {
  const entries: Array<[string, unknown]> = [];
  for (const [key, value] of search) {
    if (!key.startsWith('$')) continue;
    try {
      entries.push([key.slice(1), JSON.parse(value)]);
    } catch {
      throw new HttpError(400, `Query parameter "${key}" is not valid JSON (parameters are JSON-encoded)`);
    }
  }
  return Object.fromEntries(entries);
}
