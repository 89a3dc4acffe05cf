/**
 * Every security-relevant response header of the site, in one place.
 *
 * - `securityHeaders` are the same on every response; next.config.ts sends them for every route.
 * - `contentSecurityPolicy()` needs a fresh nonce per response, so src/proxy.ts builds it for each request.
 *
 * Why nonces and not hashes for the CSP: the App Router writes the page's React Server Components payload into
 * inline `<script>self.__next_f.push(…)</script>` tags whose text changes with the content. A hash list would
 * have to be computed from each rendered page and travel in the same response, which a static header cannot do
 * (Next's experimental SRI only hashes the external chunk files, not these inline scripts). A nonce works: the
 * proxy puts it in the request's CSP header, Next reads it back while rendering and stamps it on its own
 * scripts, and `'strict-dynamic'` lets those scripts load the framework chunks. The price is that pages render
 * per request instead of being served prerendered; that is cheap here because every query result still comes
 * from Next's data cache (tagged, see src/sanity/fetch.ts), so a render makes no network call: one request
 * takes tens of milliseconds, but saturation throughput drops roughly ninefold and HTML cannot be cached by a
 * CDN (figures and commands: scripts/load/README.md). Without nonces we would need `'unsafe-inline'`, which
 * would let any injected inline script run, the very thing a CSP is for.
 */
export interface HeaderEntry {
  key: string;
  value: string;
}

export const securityHeaders: HeaderEntry[] = [
  // Two years, as the HSTS preload list expects; browsers ignore it over plain http (local runs).
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  // Only features a content site could be tricked into asking for; every one is refused for every origin.
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  },
  // Content pages never need the other windows the visitor has open (and health pages should not be reachable
  // from an opener).
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];

export interface CspOptions {
  /** Base64 nonce, fresh for every response. */
  nonce: string;
  /** Origins allowed to frame the site besides itself: the Studio, for its Presentation tool. */
  frameAncestors: readonly string[];
  /** `next dev` needs `'unsafe-eval'` (React rebuilds server error stacks with eval); production never does. */
  development: boolean;
  /** Ask browsers to upgrade stray http:// subresources; only when the site itself is served over https. */
  upgradeInsecureRequests: boolean;
}

export function contentSecurityPolicy(options: CspOptions): string {
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'", `'nonce-${options.nonce}'`, "'strict-dynamic'", ...(options.development ? ["'unsafe-eval'"] : [])],
    // Inline style *attributes* (next/image writes `style="color:transparent"`) cannot carry a nonce, and a
    // style cannot run code; allowing them is the usual compromise. Stylesheets still come only from the site.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'self'", ...options.frameAncestors],
  };
  const policy = Object.entries(directives).map(([name, values]) => `${name} ${values.join(' ')}`);
  if (options.upgradeInsecureRequests) policy.push('upgrade-insecure-requests');
  return policy.join('; ');
}

/**
 * The Studio origins that may frame the site (Presentation tool): the origin of NEXT_PUBLIC_SANITY_STUDIO_URL plus
 * the space-separated origins in SANITY_STUDIO_ORIGINS, which `npm run dev` sets to the Studio URLs it prints
 * (scripts/lib/studio-url.mjs). Only origins count: frame-ancestors takes no paths.
 * Throws on a value that is not an http(s) URL, so a typo fails at start rather than as a blank preview.
 */
export function studioFrameAncestors(studioUrl: string | null, studioOrigins: string | undefined): string[] {
  const urls = [...(studioUrl ? [studioUrl] : []), ...(studioOrigins ?? '').split(/\s+/).filter(Boolean)];
  const origins = urls.map((url) => {
    const parsed = URL.parse(url);
    if (!parsed || !/^https?:$/.test(parsed.protocol)) throw new Error(`Studio origin "${url}" is not an http(s) URL`);
    return parsed.origin;
  });
  return [...new Set(origins)];
}

/** 16 random bytes, base64: unguessable and valid in a CSP `'nonce-…'` source. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
