/**
 * Every security-relevant response header of the site, in one place.
 *
 * - `securityHeaders` are the same on every response; next.config.ts sends them for every route.
 * - `contentSecurityPolicy()` builds the two script policies the site uses (full reasoning, costs and what each
 *   still protects: docs/security.md):
 *   - public pages (`nonce: null`) are prerendered and served from Next's cache, so one cached HTML goes to every
 *     visitor and cannot carry a per-response nonce; and the App Router writes the page's React Server Components
 *     payload into inline `<script>self.__next_f.push(…)</script>` tags whose text changes with the content, so
 *     no hash list fixed in a header can match them after the next publish. Inline scripts are therefore allowed
 *     (`'unsafe-inline'`, Next's inline bootstrap); script *files* still come only from the site, and eval,
 *     plugins, foreign origins, `<base>` rewriting, foreign form targets and framing stay refused.
 *     next.config.ts sends this policy as a static header.
 *   - draft mode (the Presentation tool's preview) is rendered per request anyway, so it keeps the strict policy:
 *     a fresh nonce plus `'strict-dynamic'`, no inline script without the nonce. src/proxy.ts builds it.
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

/**
 * Next's draft-mode cookie (`__prerender_bypass`, set by `draftMode().enable()`). Its presence is what makes Next
 * skip the cache and render per request, so it also decides which policy a response gets.
 */
export const DRAFT_MODE_COOKIE = '__prerender_bypass';

export interface CspOptions {
  /** Base64 nonce, fresh for every response (draft mode); null for a cached public page. */
  nonce: string | null;
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
    'script-src': [
      "'self'",
      ...(options.nonce === null ? ["'unsafe-inline'"] : [`'nonce-${options.nonce}'`, "'strict-dynamic'"]),
      ...(options.development ? ["'unsafe-eval'"] : []),
    ],
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

export interface SiteCspSettings {
  siteUrl: string;
  studioUrl: string | null;
  isLocalLake: boolean;
}

/** The policy for this site's settings: `nonce` as in `CspOptions` (null: a cached public page). */
export function sitePolicy(nonce: string | null, site: SiteCspSettings, development: boolean): string {
  return contentSecurityPolicy({
    nonce,
    // SANITY_STUDIO_ORIGINS: the Studio URLs `npm run dev` prints (scripts/lib/studio-url.mjs).
    frameAncestors: studioFrameAncestors(site.studioUrl, process.env.SANITY_STUDIO_ORIGINS),
    development,
    upgradeInsecureRequests: site.siteUrl.startsWith('https://'),
  });
}

/** 16 random bytes, base64: unguessable and valid in a CSP `'nonce-…'` source. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
