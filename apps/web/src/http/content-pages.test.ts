/** @jest-environment node */
// The addresses built from content, which the proxy answers 503 while the backend is down and they are not cached
// (src/proxy.ts): all of them, in every language, are in the proxy's matcher, and nothing else is taken for one.
import { describe, expect, it } from '@jest/globals';
import { LOCALES } from '@/i18n/locales';
import { articlePath, sectionPath } from '@/i18n/paths';
import { config as proxyConfig } from '@/proxy';
import { contentPageOf, contentSectionPaths } from './content-pages.ts';

describe('content-built addresses', () => {
  it('are all in the proxy matcher, in every language', () => {
    const sources = new Set(proxyConfig.matcher.filter((entry) => !entry.has).map((entry) => entry.source));
    const matched = (path: string) =>
      [...sources].some((source) => new RegExp(`^${source.replace(/:\w+/g, '[^/]+')}$`).test(path));
    for (const path of contentSectionPaths()) expect([path, matched(path)]).toEqual([path, true]);
    for (const locale of LOCALES) expect(matched(articlePath(locale, 'any-article'))).toBe(true);
  });

  it('are told apart as HTML pages and text, in their language', () => {
    for (const locale of LOCALES) {
      expect(contentPageOf(sectionPath(locale, 'home'))).toEqual({ locale, html: true });
      expect(contentPageOf(sectionPath(locale, 'contact'))).toEqual({ locale, html: true });
      expect(contentPageOf(articlePath(locale, 'ketamine-faq'))).toEqual({ locale, html: true });
      expect(contentPageOf(sectionPath(locale, 'feed'))).toEqual({ locale, html: false });
      // Search is answered by the proxy on its own, with or without a cache.
      expect(contentPageOf(sectionPath(locale, 'search'))).toBeNull();
    }
    expect(contentPageOf('/sitemap.xml')).toEqual({ locale: 'en', html: false });
    expect(contentPageOf('/articles/a/b')).toBeNull();
    expect(contentPageOf('/robots.txt')).toBeNull();
    expect(contentPageOf('/_next/static/chunk.js')).toBeNull();
  });
});
