// The Studio's own code calls hosts that only exist online (the module CDN's version check on load and every
// half hour, the feedback tunnel). In the local Studio those calls are answered at once, in the browser, so
// nothing leaves the machine and no request hangs. The version check is answered with the version the Studio
// was built with: offline there is nothing newer to load, and Sanity logs a failed check as a console error on
// every load. Other calls fail with a network error naming the reason, which their callers handle.
import { isUnreachableUrl } from './unreachableHosts.ts';

/**
 * The module CDN's version lookups (`/v1/modules/<package>/<tag>/^<version>/t<time>` and
 * `/v1/modules/by-app/<app>/t<time>/^<version>/<package>`): the `^<version>` segment is the Studio's own
 * version, or null for any other address.
 */
export function moduleVersionAsked(url: string): string | null {
  const { pathname } = new URL(url);
  if (!pathname.startsWith('/v1/modules/')) return null;
  const asked = pathname
    .split('/')
    .map(decodeURIComponent)
    .find((segment) => segment.startsWith('^'));
  return asked ? asked.slice(1) : null;
}

const GUARDED = Symbol.for('clinic.offlineFetchGuard');

/** Installs the guard on `target.fetch` once; calls to other hosts go through unchanged. */
export function guardUnreachableFetches(
  target: { fetch: typeof fetch } & Record<symbol, unknown> = globalThis as never,
): void {
  if (target[GUARDED] || typeof target.fetch !== 'function') return;
  const original = target.fetch.bind(target);
  target.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (isUnreachableUrl(url)) {
      const version = moduleVersionAsked(url);
      if (version) return Promise.resolve(Response.json({ packageVersion: version }));
      return Promise.reject(
        new TypeError(`${new URL(url).hostname} is not reachable from the offline Studio`),
      );
    }
    return original(input, init);
  };
  target[GUARDED] = true;
}
