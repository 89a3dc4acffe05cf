/** @jest-environment node */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { articlePaths, languageAlternates, pageAlternates } from './alternates.ts';
import { LOCALES, type Locale } from './locales.ts';
import { articlePath, sectionPaths } from './paths.ts';

const slug = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+){0,4}$/);
const locale = fc.constantFrom(...LOCALES);

describe('hreflang alternates', () => {
  it('a section page names both languages and x-default (the English page)', () => {
    expect(languageAlternates('es', sectionPaths('contact'))).toEqual({
      canonical: '/es/contacto',
      languages: { 'en-US': '/contact', 'es-US': '/es/contacto', 'x-default': '/contact' },
      types: { 'application/rss+xml': '/es/feed.xml' },
    });
  });

  it("every page's alternates carry its language's feed, since a page's alternates replace the layout's", () => {
    fc.assert(
      fc.property(locale, slug, fc.option(slug, { nil: null }), (own, ownSlug, translatedSlug) => {
        const other: Locale = own === 'en' ? 'es' : 'en';
        const translations = translatedSlug ? [{ language: other, slug: translatedSlug }] : [];
        const feed = { 'application/rss+xml': own === 'en' ? '/feed.xml' : '/es/feed.xml' };
        expect(languageAlternates(own, articlePaths({ slug: ownSlug, translations }, own)).types).toEqual(feed);
        expect(pageAlternates(own, '/search').types).toEqual(feed);
        expect(pageAlternates(own).types).toEqual(feed);
      }),
    );
  });

  it('an article names exactly the languages it is published in; without a translation, none at all', () => {
    fc.assert(
      fc.property(locale, slug, fc.option(slug, { nil: null }), (own, ownSlug, translatedSlug) => {
        const other: Locale = own === 'en' ? 'es' : 'en';
        const translations = translatedSlug ? [{ language: other, slug: translatedSlug }] : [];
        const alternates = languageAlternates(own, articlePaths({ slug: ownSlug, translations }, own));
        expect(alternates.canonical).toBe(articlePath(own, ownSlug));
        if (!translatedSlug) {
          expect(alternates.languages).toBeUndefined();
          return;
        }
        const english = own === 'en' ? ownSlug : translatedSlug;
        const spanish = own === 'es' ? ownSlug : translatedSlug;
        expect(alternates.languages).toEqual({
          'en-US': `/articles/${english}`,
          'es-US': `/es/articulos/${spanish}`,
          'x-default': `/articles/${english}`,
        });
      }),
    );
  });

  it('ignores translations in languages the site does not publish and the page own language', () => {
    const paths = articlePaths(
      { slug: 'a', translations: [{ language: 'fr', slug: 'b' }, { language: 'en', slug: 'c' }] },
      'en',
    );
    expect(paths).toEqual({ en: '/articles/a' });
  });
});
