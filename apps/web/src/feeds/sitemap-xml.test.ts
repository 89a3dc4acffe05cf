/** @jest-environment node */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
// Next's own serializer for the `sitemap.ts` convention: the reference this route's output must match.
import { resolveSitemap } from 'next/dist/build/webpack/loaders/metadata/resolve-route-data.js';
import { sitemapSchemaErrors } from '@/test/standards/sitemap-schema';
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

  const language = fc.constantFrom('en-US', 'es-US', 'x-default');
  const withAlternates = fc.record({
    url: entry.map((value) => value.url),
    lastModified: fc.option(isoDate, { nil: undefined }),
    alternates: fc.record({ languages: fc.dictionary(language, slug.map((path) => `https://clinic.example.org/es/${path}`)) }),
  });

  it('writes hreflang alternates after lastmod, where the sitemaps.org XSD allows them (Next writes them before)', async () => {
    const xml = sitemapXml([
      {
        url: 'https://clinic.example.org/contact',
        lastModified: '2026-03-01T10:00:00.000Z',
        alternates: { languages: { 'en-US': 'https://clinic.example.org/contact', 'es-US': 'https://clinic.example.org/es/contacto' } },
      },
    ]);
    expect(xml).toContain(
      '<loc>https://clinic.example.org/contact</loc>\n<lastmod>2026-03-01T10:00:00.000Z</lastmod>\n<xhtml:link rel="alternate" hreflang="en-US"',
    );
    expect(await sitemapSchemaErrors(xml)).toEqual([]);
  });

  it('is valid against the sitemaps.org XSD for any entries, with or without alternates', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(entry, withAlternates), { minLength: 1, maxLength: 8 }), async (entries) => {
        expect(await sitemapSchemaErrors(sitemapXml(entries))).toEqual([]);
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it('holds the same entries, links and namespaces as Next writes, only with lastmod first', () => {
    const reorderedLikeNext = (xml: string) =>
      xml.replace(/(<lastmod>[^<]*<\/lastmod>\n)((?:<xhtml:link [^>]*\/>\n)+)/g, '$2$1');
    fc.assert(
      fc.property(fc.array(fc.oneof(entry, withAlternates), { maxLength: 8 }), (entries) => {
        expect(reorderedLikeNext(sitemapXml(entries))).toBe(resolveSitemap(entries));
      }),
    );
  });

  it('escapes what XML would read as markup, where Next would not', () => {
    const xml = sitemapXml([{ url: 'https://clinic.example.org/articles?topic=crps&page=2' }]);
    expect(xml).toContain('<loc>https://clinic.example.org/articles?topic=crps&amp;page=2</loc>');
  });
});
