/** @jest-environment node */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
// Next's own serializer for the `sitemap.ts` convention: the reference this route's output must match.
import { resolveSitemap } from 'next/dist/build/webpack/loaders/metadata/resolve-route-data.js';
import { sitemapXml } from './sitemap-xml.ts';

const slug = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/);
const isoDate = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((date) => date.toISOString());
const entry = fc.record({
  url: slug.map((path) => `https://clinic.example.org/articles/${path}`),
  lastModified: fc.option(isoDate, { nil: undefined }),
});

describe('sitemapXml', () => {
  it('writes what Next writes for the same entries', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 8 }), (entries) => {
        expect(sitemapXml(entries)).toBe(resolveSitemap(entries));
      }),
    );
  });

  it('writes hreflang alternates as Next writes them (xhtml:link after loc, the xhtml namespace declared)', () => {
    const language = fc.constantFrom('en-US', 'es-US', 'x-default');
    const withAlternates = fc.record({
      url: entry.map((value) => value.url),
      lastModified: fc.option(isoDate, { nil: undefined }),
      alternates: fc.record({ languages: fc.dictionary(language, slug.map((path) => `https://clinic.example.org/es/${path}`)) }),
    });
    fc.assert(
      fc.property(fc.array(fc.oneof(entry, withAlternates), { maxLength: 8 }), (entries) => {
        expect(sitemapXml(entries)).toBe(resolveSitemap(entries));
      }),
    );
  });

  it('escapes what XML would read as markup, where Next would not', () => {
    const xml = sitemapXml([{ url: 'https://clinic.example.org/articles?topic=crps&page=2' }]);
    expect(xml).toContain('<loc>https://clinic.example.org/articles?topic=crps&amp;page=2</loc>');
  });
});
