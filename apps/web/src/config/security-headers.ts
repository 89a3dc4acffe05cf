/**
 * The one list of response headers every route gets (wired up in next.config.ts). Extend it here — a
 * Content-Security-Policy, HSTS and frame-ancestors for the Studio belong in this file, nowhere else.
 */
export interface HeaderEntry {
  key: string;
  value: string;
}

export const securityHeaders: HeaderEntry[] = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), interest-cohort=()' },
];
