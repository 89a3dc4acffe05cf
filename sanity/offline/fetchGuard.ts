// The Studio's own code calls hosts that only exist online (the module CDN's version check on load and every
// half hour, the feedback tunnel). In the local Studio those calls are answered at once, in the browser, with a
// network error naming the reason, so nothing leaves the machine and no request hangs or fills the console with
// failed loads. Sanity's callers treat the error as "could not check" (their own catch and warning).
import { isUnreachableUrl } from './unreachableHosts.ts';

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
      return Promise.reject(
        new TypeError(`${new URL(url).hostname} is not reachable from the offline Studio`),
      );
    }
    return original(input, init);
  };
  target[GUARDED] = true;
}
