// Which site pages show a document, and which document a site page is about — so the Presentation tool can
// open the right page next to the form, and list "used on these pages" under each document. Every path comes
// from the site's own route table (`@clinic/content/routes`), in the document's language: a Spanish article
// opens at /es/articulos/<slug>, not at the English address.
import {
  DEFAULT_LANGUAGE,
  inLanguage,
  isSiteLanguage,
  SITE_LANGUAGE_CODES,
  SITE_SETTINGS_TYPE,
  siteLanguage,
  siteSettingsId,
  type SiteLanguage,
} from '@clinic/content/languages';
import { articlePath, sectionPath } from '@clinic/content/routes';
import {
  defineDocuments,
  defineLocations,
  type DocumentLocation,
  type DocumentLocationsState,
  type PresentationPluginOptions,
} from 'sanity/presentation';

/** The route parameter of an article page's slug, as the Presentation tool's path matcher reads it. */
const SLUG_PARAM = ':slug';

/**
 * The site language of a document's `language` field: the default when the field is absent or empty (documents
 * from before translations), null when it names a language the site is not published in.
 */
function languageOfDocument(language: unknown): SiteLanguage | null {
  if (language === undefined || language === null || language === '') return DEFAULT_LANGUAGE;
  return isSiteLanguage(language) ? language : null;
}

const notOnSite = (language: unknown): DocumentLocationsState => ({
  message: `Not shown on the site: ${JSON.stringify(language)} is not one of its languages (${SITE_LANGUAGE_CODES.join(', ')})`,
  tone: 'caution',
});

/** What the Presentation banner says for an article the site cannot show yet. */
export const NOT_ON_SITE_WITHOUT_SLUG = 'Not on the site yet: it has no URL slug';

/** "All articles (Español)": Studio titles name the language, since a page exists once per language. */
const titled = (title: string, language: SiteLanguage) => `${title} (${siteLanguage(language).name})`;

const homeLocation = (language: SiteLanguage): DocumentLocation => ({
  title: titled('Home', language),
  href: sectionPath(language, 'home'),
});

/**
 * The locations of a translated document type: `select` (Presentation's field selection) plus the document's
 * `language`, resolved by `locations` for the document's site language; a language the site does not publish
 * gets no location and a message saying so.
 */
function translatedLocations<K extends string>(
  select: Record<K, string>,
  locations: (language: SiteLanguage, doc: Partial<Record<K, string>>) => DocumentLocationsState,
) {
  return defineLocations({
    select: { ...select, language: 'language' },
    resolve: (doc) => {
      const language = languageOfDocument(doc?.language);
      return language ? locations(language, doc ?? {}) : notOnSite(doc?.language);
    },
  });
}

export const resolve = {
  // Tried in order; the first route that matches the previewed path names the main document.
  mainDocuments: defineDocuments(
    SITE_LANGUAGE_CODES.flatMap((language) => [
      {
        route: articlePath(language, SLUG_PARAM),
        resolve: ({ params }) => ({
          filter: `_type == "article" && slug.current == $slug && ${inLanguage}`,
          params: { slug: params.slug ?? '', language },
        }),
      },
      {
        route: sectionPath(language, 'home'),
        resolve: () => ({
          filter: `_type == $type && _id == $id`,
          params: { type: SITE_SETTINGS_TYPE, id: siteSettingsId(language) },
        }),
      },
    ]),
  ),
  locations: {
    // The site shows an article (its page, the list, the home page) only once it has a URL slug: a new draft
    // is on no page yet, and saying "Used on 2 pages" would claim otherwise.
    article: translatedLocations({ title: 'title', slug: 'slug.current' }, (language, doc) =>
      doc.slug
        ? {
            locations: [
              { title: doc.title || 'Untitled article', href: articlePath(language, doc.slug) },
              { title: titled('All articles', language), href: sectionPath(language, 'articles') },
              homeLocation(language),
            ],
          }
        : { message: NOT_ON_SITE_WITHOUT_SLUG, tone: 'caution', locations: [] },
    ),
    // Clinics are not translated: each one is on the contact page of every language.
    clinic: defineLocations({
      select: { name: 'name' },
      resolve: (doc) => ({
        locations: SITE_LANGUAGE_CODES.flatMap((language) => [
          {
            title: titled(`Contact — ${doc?.name ?? 'clinic'}`, language),
            href: sectionPath(language, 'contact'),
          },
          homeLocation(language),
        ]),
      }),
    }),
    benefit: translatedLocations({}, (language) => ({
      message: 'Benefits are listed together',
      locations: [
        { title: titled('Benefits', language), href: sectionPath(language, 'benefits') },
        homeLocation(language),
      ],
    })),
    siteSettings: translatedLocations({}, (language) => ({
      message: 'Shown on every page',
      locations: [homeLocation(language)],
    })),
  },
} satisfies PresentationPluginOptions['resolve'];
