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

// "Latest articles" is the newest published articles, whatever is featured, so a new article shows up there as soon
// as it is published; featured articles (newest first) have their own box. Six of each, so the page can leave
// out of the featured box what the latest box already shows and still fill it.
export const homePageQuery = defineQuery(`{
  "settings": ${siteSettingsDocument}{${siteSettingsFields}},
  "latestArticles": *[${publishedArticleFilter} && ${inLanguage}] | order(publishedAt desc, _id asc) [0...6]{
    ${articleSummaryFields}
  },
  "featuredArticles": *[${publishedArticleFilter} && ${inLanguage} && featured == true] | order(publishedAt desc, _id asc) [0...6]{
    ${articleSummaryFields}
  },
  "benefits": ${benefitsDocuments}{${benefitFields}}
}`);

/** The home page: every part is optional, so one broken document costs its own box, never the page. */
export const homePageSchema = z.object({
  settings: optionalSiteSettings(),
  latestArticles: lenientArray(articleSummarySchema),
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

/** How many cards each article box of the home page shows. */
export const HOME_ARTICLE_CARDS = 3;

/**
 * The home page's two article boxes: `latest`, the newest published articles (up to `cards`), and `featured`,
 * the featured articles that `latest` does not already show (up to `cards`, newest first).
 */
export function homeArticleBoxes(
  home: Pick<HomePage, 'latestArticles' | 'featuredArticles'>,
  cards = HOME_ARTICLE_CARDS,
): { latest: HomePage['latestArticles']; featured: HomePage['featuredArticles'] } {
  const latest = home.latestArticles.slice(0, cards);
  const shown = new Set(latest.map((article) => article._id));
  const featured = home.featuredArticles.filter((article) => !shown.has(article._id)).slice(0, cards);
  return { latest, featured };
}
