import { describe, expect, it } from '@jest/globals';
import { isExternalHref, isHttpsUrl, mailtoHref, safeHref } from './urls.ts';

describe('safeHref keeps links a visitor can safely follow', () => {
  it.each([
    ['https://www.propeltherapeutics.com/', 'https://www.propeltherapeutics.com/'],
    ['http://example.org/page?q=1#top', 'http://example.org/page?q=1#top'],
    ['  https://doi.org/10.1002/14651858.CD011612.pub3  ', 'https://doi.org/10.1002/14651858.CD011612.pub3'],
    ['HTTPS://EXAMPLE.ORG', 'https://example.org/'],
    ['/contact', '/contact'],
    ['/articles/ketamine-for-crps-what-to-expect#risks', '/articles/ketamine-for-crps-what-to-expect#risks'],
    ['#references', '#references'],
    ['mailto:info@example.org', 'mailto:info@example.org'],
    ['mailto:info@example.org?subject=Appointment', 'mailto:info@example.org?subject=Appointment'],
    ['tel:+19169159215', 'tel:+19169159215'],
  ])('%j → %j', (input, expected) => {
    expect(safeHref(input)).toBe(expected);
  });
});

describe('safeHref drops everything else', () => {
  it.each([
    ['javascript:alert(1)', 'javascript'],
    [' JAVASCRIPT:alert(1)', 'upper case behind a space'],
    ['JaVaScRiPt:alert(1)', 'mixed case'],
    ['java\tscript:alert(1)', 'a tab inside the scheme'],
    ['java\nscript:alert(1)', 'a newline inside the scheme'],
    ['java\u0000script:alert(1)', 'a NUL inside the scheme'],
    ['\u0001javascript:alert(1)', 'a control character in front'],
    ['java\u200bscript:alert(1)', 'a zero-width space'],
    ['\u202ehttps://example.org', 'a bidi override'],
    ['javascript&colon;alert(1)', 'an HTML entity instead of the colon'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'data'],
    ['vbscript:msgbox(1)', 'vbscript'],
    ['file:///etc/passwd', 'file'],
    ['ftp://example.org/file', 'ftp'],
    ['//evil.example/path', 'protocol-relative'],
    ['/\\evil.example', 'backslash trick'],
    ['https://clinic.example@evil.example/', 'credentials in the URL'],
    ['https://user:pass@example.org/', 'user and password'],
    ['https://exa mple.org/', 'a space inside'],
    ['tel:9169159215', 'tel without E.164'],
    ['tel:+15555555555', 'tel with an unassigned number'],
    ['mailto:', 'mailto without an address'],
    ['mailto:not-an-address', 'mailto without an @'],
    ['articles/relative', 'a relative path without the leading slash'],
    ['', 'empty'],
    ['   ', 'blank'],
    [`https://example.org/${'a'.repeat(3000)}`, 'absurdly long'],
  ])('drops %j (%s)', (input) => {
    expect(safeHref(input)).toBeNull();
  });

  it('drops values that are not text', () => {
    for (const value of [null, undefined, 42, {}, ['https://example.org'], new URL('https://example.org')]) {
      expect(safeHref(value)).toBeNull();
    }
  });
});

describe('isHttpsUrl', () => {
  it('accepts https URLs with a real host', () => {
    expect(isHttpsUrl('https://www.propeltherapeutics.com/')).toBe(true);
    expect(isHttpsUrl('https://maps.google.com/?q=1010+Hurley+Way')).toBe(true);
  });

  it.each([
    ['http://www.propeltherapeutics.com/', 'plain http'],
    ['javascript:alert(1)', 'javascript'],
    [' https://example.org', 'surrounding whitespace (stored values must be clean)'],
    ['https://localhost/', 'no public host'],
    ['https://user@example.org/', 'credentials'],
    ['www.example.org', 'no scheme'],
    ['', 'empty'],
  ])('rejects %j (%s)', (value) => {
    expect(isHttpsUrl(value)).toBe(false);
  });

  it('rejects values that are not strings', () => {
    expect(isHttpsUrl(null)).toBe(false);
    expect(isHttpsUrl(undefined)).toBe(false);
  });
});

describe('isExternalHref', () => {
  it('is true for web links to other sites', () => {
    expect(isExternalHref('https://doi.org/10.1056/NEJMoa2302399')).toBe(true);
  });

  it('is false for links on the site, mail and phone links', () => {
    expect(isExternalHref('/contact')).toBe(false);
    expect(isExternalHref('#references')).toBe(false);
    expect(isExternalHref('mailto:info@example.org')).toBe(false);
    expect(isExternalHref('tel:+19169159215')).toBe(false);
  });

  it('treats links back to the site origin as internal', () => {
    expect(isExternalHref('https://clinic.example/articles', 'https://clinic.example')).toBe(false);
    expect(isExternalHref('https://other.example/', 'https://clinic.example')).toBe(true);
  });

  it('is false for links that are not allowed at all', () => {
    expect(isExternalHref('javascript:alert(1)')).toBe(false);
  });
});

describe('mailtoHref', () => {
  it('builds a mailto link for a plain address', () => {
    expect(mailtoHref(' info@example.org ')).toBe('mailto:info@example.org');
  });

  it.each([['info@'], ['info example.org'], ['info@example.org?bcc=x@y.z'], [''], [null]])('refuses %j', (value) => {
    expect(mailtoHref(value)).toBeNull();
  });
});
