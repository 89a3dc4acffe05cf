// The home page: one query for everything it shows, its schema and its fetch.
import { defineQuery } from 'groq';
import { z } from 'zod';
import { articleSummaryFields, articleSummarySchema, publishedArticleFilter } from '../article/article.ts';
import { benefitFields, benefitSchema, benefitsDocuments } from '../benefit/benefit.ts';
import type { ContentFetcher } from '../fetcher.ts';
import { checkedLanguage, DEFAULT_LANGUAGE, inLanguage, type SiteLanguage } from '../language/language.ts';
import { optionalSiteSettings, siteSettingsDocument, siteSettingsFields } from '../settings/settings.ts';
import { lenientArray } from '../validation/droppable.ts';
import { parseBundle } from '../validation/parse.ts';

// Three article cards: featured articles come first, the newest ones fill the remaining places, so the home page never shows an empty
// "latest articles" box just because nothing is marked as featured.
export const homePageQuery = defineQuery(`{
  "settings": ${siteSettingsDocument}{${siteSettingsFields}},
  "featuredArticles": *[${publishedArticleFilter} && ${inLanguage}] | order(coalesce(featured, false) desc, publishedAt desc) [0...3]{
    ${articleSummaryFields}
  },
  "benefits": ${benefitsDocuments}{${benefitFields}}
}`);

/** The home page: every part is optional, so one broken document costs its own box, never the page. */
export const homePageSchema = z.object({
  settings: optionalSiteSettings(),
  featuredArticles: lenientArray(articleSummarySchema),
  benefits: lenientArray(benefitSchema),
});

export type HomePage = z.output<typeof homePageSchema>;

/**
 * Everything the home page in `language` (default "en") shows, in one request: that language's settings,
 * articles and benefits. Broken parts are left out and reported. Throws InvalidLanguageError for a language the
 * site is not published in.
 */
export async function fetchHomePage(
  fetcher: ContentFetcher,
  language: SiteLanguage = DEFAULT_LANGUAGE,
): Promise<HomePage> {
  const result = await fetcher({
    query: homePageQuery,
    params: { language: checkedLanguage(language) },
    tags: ['siteSettings', 'article', 'benefit'],
    label: 'home-page',
  });
  // Every part of the home result is droppable, so only an answer that is not an object at all fails.
  return parseBundle(homePageSchema, result, 'home');
}
