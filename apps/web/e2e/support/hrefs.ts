// What may appear in an href on the site: web links, e-mail, telephone numbers in E.164 (plus the crisis lines
// 988 and 911, which are dialled as they are, and texting 988, in Spanish with the keyword AYUDA), paths on the
// site and fragments. Nothing else.

const CRISIS_LINES = new Set(['tel:988', 'tel:911', 'sms:988', 'sms:988?body=AYUDA']);

function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Every `href` attribute value in an HTML document, entity-decoded. */
export function hrefsIn(html: string): string[] {
  return [...html.matchAll(/\shref\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)].map((match) => decodeEntities(match[1] ?? match[2] ?? ''));
}

/** Why an href is not allowed, or null when it is fine. */
export function hrefProblem(href: string): string | null {
  // eslint-disable-next-line no-control-regex -- control characters in a link are what this check is for
  if (href !== href.trim() || /[\u0000-\u001f\u007f]/.test(href)) return 'whitespace or control characters';
  if (href.startsWith('#') || (href.startsWith('/') && !href.startsWith('//'))) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
  if (scheme === undefined) return href.startsWith('//') || href.startsWith('\\') ? 'protocol-relative' : null;
  if (scheme === 'http' || scheme === 'https') {
    try {
      const url = new URL(href);
      return url.hostname === '' ? 'no host' : null;
    } catch {
      return 'unparseable URL';
    }
  }
  if (scheme === 'mailto') return /^mailto:[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/i.test(href) ? null : 'malformed e-mail';
  if (CRISIS_LINES.has(href)) return null;
  if (scheme === 'tel') return /^tel:\+[1-9]\d{6,14}$/.test(href) ? null : 'not an E.164 number';
  return `scheme ${scheme}: is not allowed`;
}
