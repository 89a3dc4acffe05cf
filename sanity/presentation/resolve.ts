// Which site pages show a document, and which document a site page is about — so the Presentation tool can
// open the right page next to the form, and list "used on these pages" under each document.
import { defineDocuments, defineLocations, type PresentationPluginOptions } from 'sanity/presentation';

const articleLocation = defineLocations({
  select: { title: 'title', slug: 'slug.current' },
  resolve: (doc) => ({
    locations: [
      ...(doc?.slug ? [{ title: doc.title || 'Untitled article', href: `/articles/${doc.slug}` }] : []),
      { title: 'All articles', href: '/articles' },
      { title: 'Home', href: '/' },
    ],
  }),
});

export const resolve: PresentationPluginOptions['resolve'] = {
  mainDocuments: defineDocuments([
    { route: '/articles/:slug', filter: `_type == "article" && slug.current == $slug` },
    { route: '/', filter: `_type == "siteSettings" && _id == "siteSettings"` },
  ]),
  locations: {
    article: articleLocation,
    clinic: defineLocations({
      select: { name: 'name' },
      resolve: (doc) => ({
        locations: [
          { title: `Contact — ${doc?.name ?? 'clinic'}`, href: '/contact' },
          { title: 'Home', href: '/' },
        ],
      }),
    }),
    benefit: defineLocations({
      message: 'Benefits are listed together',
      locations: [
        { title: 'Benefits', href: '/benefits' },
        { title: 'Home', href: '/' },
      ],
    }),
    siteSettings: defineLocations({ message: 'Shown on every page', locations: [{ title: 'Home', href: '/' }] }),
  },
};
