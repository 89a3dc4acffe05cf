/**
 * Passes `/cdn/images/<projectId>/<dataset>/<file>?<params>` on to the image service (Sanity's CDN, or the local
 * lake) and streams the answer back. The service's origin is read when the request is served, not when the site
 * is built, so a built site can be started against a lake on another port or against a hosted project.
 */

/** Request headers the service needs: `Accept` picks the format for `auto=format`; the rest allow 304 answers. */
const FORWARDED_REQUEST_HEADERS = ['accept', 'if-none-match', 'if-modified-since'];
const FORWARDED_RESPONSE_HEADERS = ['content-type', 'content-length', 'cache-control', 'etag', 'last-modified', 'vary'];
const SAFE_SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const UPSTREAM_TIMEOUT_MS = 20_000;

export interface ImageProxyOptions {
  /** Origin of the image service, without a trailing slash: `https://cdn.sanity.io` or the lake's URL. */
  origin: string;
  /** Only this project's and dataset's images are passed on, so the site is no open proxy for other projects. */
  projectId: string;
  dataset: string;
  fetch?: typeof fetch;
}

function jsonError(status: number, message: string): Response {
  return Response.json({ error: message }, { status, headers: { 'cache-control': 'no-store' } });
}

/**
 * Answers one image request. `path` is the part after `/cdn/images/`, as segments. Errors: 404 JSON for a path
 * that is not one of this dataset's images, 502 when the service cannot be reached, 504 when it does not answer
 * within 20 s; the service's own status (404 for a missing asset, 400 for bad parameters) is passed through.
 */
export async function proxyImage(request: Request, path: string[], options: ImageProxyOptions): Promise<Response> {
  const [projectId, dataset, ...file] = path;
  if (projectId !== options.projectId || dataset !== options.dataset || file.length === 0 || !file.every((segment) => SAFE_SEGMENT.test(segment))) {
    return jsonError(404, 'Not an image of this site');
  }
  const upstream = new URL(`${options.origin}/images/${projectId}/${dataset}/${file.join('/')}`);
  upstream.search = new URL(request.url).search;
  const headers = new Headers();
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  let answer: Response;
  try {
    answer = await (options.fetch ?? fetch)(upstream, { headers, cache: 'no-store', signal: AbortSignal.timeout(UPSTREAM_TIMEOUT_MS) });
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    return jsonError(timedOut ? 504 : 502, timedOut ? 'The image service did not answer in time' : `The image service at ${options.origin} cannot be reached`);
  }
  const responseHeaders = new Headers();
  for (const name of FORWARDED_RESPONSE_HEADERS) {
    const value = answer.headers.get(name);
    if (value) responseHeaders.set(name, value);
  }
  return new Response(answer.body, { status: answer.status, headers: responseHeaders });
}
