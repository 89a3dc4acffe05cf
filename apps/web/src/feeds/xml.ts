/** Escapes text for XML element content and attribute values. */
export function escapeXml(value: string): string {
  return withoutXmlForbiddenCharacters(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * Plain text for an XML element whose content readers take as HTML (RSS `<description>`): escaped once for HTML,
 * then again for XML. An excerpt written as `See <a href="/contact">contact</a>` reaches a feed reader as
 * `&amp;lt;a …` in the file, `&lt;a …` after XML parsing, and is shown as those characters, not as a link.
 */
export function escapePlainTextAsXmlHtml(value: string): string {
  return escapeXml(escapeHtmlText(withoutXmlForbiddenCharacters(value)));
}

/** HTML's escaping of text: `&`, `<`, `>` and both quotes become character references. */
function escapeHtmlText(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Removes the characters XML 1.0 does not allow at all (C0 controls other than tab, line feed and carriage
 * return; lone surrogates; U+FFFE and U+FFFF); they cannot be escaped either (XML 1.0 §2.2, "Char").
 */
export function withoutXmlForbiddenCharacters(value: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point: XML 1.0 forbids them.
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Cs}/gu, '');
}
