// Every URL that comes from the CMS passes through here before it can become an href. The rule is an allow-list:
// http(s), mailto, tel (valid E.164 only), a site-relative path or a fragment. Everything else, including
// javascript:, data:, vbscript: and the tricks that hide them (" JAVASCRIPT:", "java\tscript:", zero-width
// characters), comes back as null.
import { isValidE164 } from './phone.ts';

// C0 controls, DEL, C1 controls, whitespace anywhere inside the value, and invisible formatting characters
// (zero-width, bidi overrides, BOM) that can make a URL read differently from what a browser follows.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u3000\ufeff]/;
const MAX_URL_LENGTH = 2048;
const SIMPLE_EMAIL = /^[^\s@/?#]+@[^\s@/?#]+\.[^\s@/?#]+$/;

function cleanString(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_URL_LENGTH || UNSAFE_CHARACTERS.test(trimmed)) return null;
  return trimmed;
}

function parseAbsolute(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

// A web URL a visitor can safely be sent to: a real host and no user name or password in it
// ("https://clinic.example@evil.test" reads like one site and opens another).
function isPlainWebUrl(url: URL): boolean {
  return url.hostname.length > 0 && url.username === '' && url.password === '';
}

/**
 * The href to render for a CMS value, or null when it must not become a link. Keeps http(s) URLs, mailto: with an
 * address, tel: with a valid E.164 number, site-relative paths ("/contact") and fragments ("#references").
 */
export function safeHref(value: unknown): string | null {
  const candidate = cleanString(value);
  if (candidate === null) return null;

  if (candidate.startsWith('#')) return candidate;
  if (candidate.startsWith('/')) {
    // "//host" and "/\host" are read by browsers as links to another host, not as paths on this site.
    return candidate.startsWith('//') || candidate.startsWith('/\\') ? null : candidate;
  }

  const url = parseAbsolute(candidate);
  if (!url) return null;
  switch (url.protocol) {
    case 'http:':
    case 'https:':
      return isPlainWebUrl(url) ? url.href : null;
    case 'mailto:': {
      const address = decodeURIComponentSafe(url.pathname);
      return address !== null && SIMPLE_EMAIL.test(address) ? candidate : null;
    }
    case 'tel:':
      return isValidE164(url.pathname) ? `tel:${url.pathname}` : null;
    default:
      return null;
  }
}

function decodeURIComponentSafe(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/**
 * True for an absolute http(s) link that leaves the site (gets rel="noopener noreferrer"). Pass the site's own
 * origin to treat links back to it as internal.
 */
export function isExternalHref(href: string, siteOrigin?: string): boolean {
  const safe = safeHref(href);
  if (safe === null || !/^https?:/i.test(safe)) return false;
  if (siteOrigin === undefined) return true;
  const own = parseAbsolute(siteOrigin);
  return own === null || new URL(safe).origin !== own.origin;
}

/** True for an https URL with a real host and no credentials; the only kind allowed for booking, map and web links. */
export function isHttpsUrl(value: unknown): value is string {
  const candidate = cleanString(value);
  if (candidate === null || candidate !== value) return false;
  const url = parseAbsolute(candidate);
  return url !== null && url.protocol === 'https:' && isPlainWebUrl(url) && url.hostname.includes('.');
}

/** "mailto:clinic@example.com" for a plain e-mail address, null for anything else. */
export function mailtoHref(email: unknown): string | null {
  const candidate = cleanString(email);
  if (candidate === null || !SIMPLE_EMAIL.test(candidate)) return null;
  return `mailto:${candidate}`;
}
