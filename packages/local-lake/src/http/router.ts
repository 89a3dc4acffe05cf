// Matches requests to endpoint handlers. Any API version prefix (`/v2025-02-19`, `/v1`, `/vX`) is accepted and
// ignored; the project may arrive in the host name (`local.localhost`) or not. Unknown endpoints get a logged 404.
import { bearerToken } from '../auth.ts';
import type { Handler, LakeServices, RequestContext } from './context.ts';
import {
  corsHeaders,
  HttpError,
  sendJson,
  useCorsPolicy,
  type LakeRequest,
  type LakeResponse,
} from './respond.ts';

export interface Route {
  methods: string[];
  pattern: RegExp;
  handler: Handler;
}

export function route(methods: string | string[], path: string, handler: Handler): Route {
  // `/data/query/:dataset` → named groups; `:ids*` matches the rest of the path.
  const source = path.replace(/:(\w+)(\*)?/g, (_match, name: string, rest: string | undefined) =>
    rest ? `(?<${name}>.+)` : `(?<${name}>[^/]+)`,
  );
  return {
    methods: Array.isArray(methods) ? methods : [methods],
    pattern: new RegExp(`^${source}/?$`),
    handler,
  };
}

const VERSION_PREFIX = /^\/v(?:\d{4}-\d{2}-\d{2}|1|X)(?=\/|$)/;

/** `fallback` answers GET requests without an API version prefix that no route matched (the built Studio). */
export function createRequestListener(routes: Route[], lake: LakeServices, fallback?: Handler) {
  return (req: LakeRequest, res: LakeResponse): void => {
    useCorsPolicy(req, lake.cors);
    void dispatch(routes, lake, req, res, fallback);
  };
}

async function dispatch(
  routes: Route[],
  lake: LakeServices,
  req: LakeRequest,
  res: LakeResponse,
  fallback: Handler | undefined,
): Promise<void> {
  const method = req.method ?? 'GET';
  const url = new URL(req.url ?? '/', 'http://lake.invalid');
  const path = url.pathname.replace(VERSION_PREFIX, '') || '/';
  if (method === 'OPTIONS') {
    res.writeHead(204, corsHeaders(req));
    res.end();
    return;
  }
  try {
    let pathMatched = false;
    for (const candidate of routes) {
      const match = candidate.pattern.exec(path);
      if (!match) continue;
      pathMatched = true;
      if (!candidate.methods.includes(method) && !(method === 'HEAD' && candidate.methods.includes('GET')))
        continue;
      const user = lake.users.byToken(bearerToken(req));
      const context: RequestContext = {
        req,
        res,
        url,
        path,
        params: { ...match.groups },
        user,
        authenticated: user !== null,
        lake,
      };
      await candidate.handler(context);
      return;
    }
    if (pathMatched) throw new HttpError(405, `Method ${method} not allowed on ${path}`);
    const versioned = path !== url.pathname;
    if (fallback && !versioned && (method === 'GET' || method === 'HEAD')) {
      const user = lake.users.byToken(bearerToken(req));
      await fallback({ req, res, url, path, params: {}, user, authenticated: user !== null, lake });
      return;
    }
    lake.options.log(`UNKNOWN ENDPOINT ${method} ${url.pathname}${url.search} — answered 404`);
    throw new HttpError(404, `The local lake does not serve ${method} ${url.pathname}`);
  } catch (error) {
    if (res.headersSent) {
      res.end();
      return;
    }
    if (error instanceof URIError) {
      // Only request input is percent-decoded, so a malformed escape is the request's fault.
      sendJson(req, res, 400, new HttpError(400, `Malformed URI encoding in ${url.pathname}`).body);
      return;
    }
    if (error instanceof HttpError) {
      if (error.status >= 500) lake.options.log(`${method} ${url.pathname}${url.search}: ${error.message}`);
      sendJson(req, res, error.status, error.body);
      return;
    }
    lake.options.log(
      `${method} ${url.pathname}${url.search} failed: ${(error as Error).stack ?? String(error)}`,
    );
    sendJson(req, res, 500, {
      statusCode: 500,
      error: 'Internal Server Error',
      message: (error as Error).message,
    });
  }
}
