// Serves a built Studio (`sanity build` output) from the lake's own origin. The Studio sends every API request to
// `https://<projectId>.localhost:<port>` (it prepends the project id to its apiHost), so the page is served from
// that very host: a person who opens https://local.localhost:3901/ accepts the lake's certificate once, for the
// page and for every API call. Pages opened on another host name of the lake are redirected there, because a
// certificate accepted for `localhost` does not cover `local.localhost` and the API calls would fail unseen.
//
// Only requests the API routes did not match reach this handler (GET/HEAD without a version prefix). Anything
// that is neither a Studio file nor a page navigation is still reported as an unknown endpoint.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { TLSSocket } from 'node:tls';
import { PROJECT_ID } from '../config.ts';
import type { Handler, RequestContext } from './context.ts';
import { HttpError } from './respond.ts';

/** The host name the Studio's API requests go to; the page must come from the same one. */
export const STUDIO_HOST = `${PROJECT_ID}.localhost`;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

// Vite names bundles `<name>-<8+ char hash>.js`; those never change content and may be cached for good.
const HASHED_NAME = /-[A-Za-z0-9_-]{8,}\.(?:js|css)$/;

export function studioStaticHandler(studioDir: string): Handler {
  const root = path.resolve(studioDir);
  return async (context) => {
    const file = await existingFile(root, context.path);
    if (file) return sendFile(context, file);
    if (!isPageNavigation(context)) return unknownEndpoint(context);

    const redirect = canonicalStudioUrl(context);
    if (redirect) {
      context.res.writeHead(307, { location: redirect, 'cache-control': 'no-store' });
      context.res.end();
      return;
    }
    const index = path.join(root, 'index.html');
    if (!(await isFile(index))) {
      context.lake.options.log(`Studio requested but ${index} does not exist`);
      throw new HttpError(
        503,
        `No built Studio in ${root}: run \`npm run build -w @clinic/studio\` (or \`npm run dev\`, which builds it)`,
      );
    }
    // Every Studio route (/structure/clinic;…) is the same page; the Studio's router reads the path.
    return sendFile(context, index);
  };
}

/** The file under `root` a request path names, or null (also for paths that try to leave `root`). */
async function existingFile(root: string, requestPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const candidate = path.resolve(root, `.${path.posix.normalize(decoded)}`);
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return null;
  return (await isFile(candidate)) ? candidate : null;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await fs.stat(file)).isFile();
  } catch {
    return false;
  }
}

/** A browser loading a page (address bar, link, reload), as opposed to a script fetching data. */
function isPageNavigation(context: RequestContext): boolean {
  const { headers } = context.req;
  if (headers['sec-fetch-dest'] !== undefined) return headers['sec-fetch-dest'] === 'document';
  const accept = headers.accept;
  return typeof accept === 'string' && accept.includes('text/html');
}

/**
 * Where a page request must go instead, or null when it is already on the Studio's own origin. Plain-HTTP
 * requests go to the TLS port (the Studio stalls over HTTP/1.1); other host names of the lake go to
 * `local.localhost`. Browsers keep the `#token=` fragment across the redirect.
 */
function canonicalStudioUrl(context: RequestContext): string | null {
  const { req, url } = context;
  const authority = req.headers[':authority'] ?? req.headers.host;
  const [hostName = '', port = ''] = typeof authority === 'string' ? splitAuthority(authority) : [];
  const encrypted = (req.socket as TLSSocket | undefined)?.encrypted === true;
  const target = `${url.pathname}${url.search}`;
  if (!encrypted) {
    const tlsPort = context.lake.options.tlsPort;
    if (!tlsPort) return null; // TLS is off or on a port only the test knows: serve the page as asked.
    return `https://${STUDIO_HOST}:${tlsPort}${target}`;
  }
  if (hostName === STUDIO_HOST || !isLoopbackName(hostName)) return null;
  return `https://${STUDIO_HOST}${port ? `:${port}` : ''}${target}`;
}

function splitAuthority(authority: string): [string, string] {
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(authority.toLowerCase());
  return match ? [match[1] ?? '', match[2] ?? ''] : ['', ''];
}

function isLoopbackName(hostName: string): boolean {
  return hostName === 'localhost' || hostName === '127.0.0.1' || hostName === '[::1]';
}

async function sendFile(context: RequestContext, file: string): Promise<void> {
  const { req, res } = context;
  const stat = await fs.stat(file);
  const lastModified = stat.mtime.toUTCString();
  const headers: Record<string, string> = {
    'content-type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'last-modified': lastModified,
    'cache-control': HASHED_NAME.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
  };
  const since = req.headers['if-modified-since'];
  if (typeof since === 'string' && Date.parse(since) >= Math.floor(stat.mtimeMs / 1000) * 1000) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  headers['content-length'] = String(stat.size);
  res.writeHead(200, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  res.end(await fs.readFile(file));
}

/** Same answer the router gives for any endpoint it does not know: logged, and a 404 that says so. */
function unknownEndpoint(context: RequestContext): never {
  const { req, url, lake } = context;
  lake.options.log(`UNKNOWN ENDPOINT ${req.method ?? 'GET'} ${url.pathname}${url.search} — answered 404`);
  throw new HttpError(404, `The local lake does not serve ${req.method ?? 'GET'} ${url.pathname}`);
}
