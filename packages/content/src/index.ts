// @clinic/content: the contract between the Studio and the site. Components only ever see the validated types
// exported here; nothing from the Content Lake reaches them unchecked. Each content unit is one module holding its
// GROQ, its zod schema and its fetch function; this file is the package's only barrel, and
// src/public-surface.test.ts pins what it exports.
export * from './fetcher.ts';
export * from './logger.ts';
export * from './phone.ts';
export * from './tags.ts';
export * from './taxonomy.ts';
export * from './urls.ts';
export {
  checkedLanguage,
  DEFAULT_LANGUAGE,
  InvalidLanguageError,
  isSiteLanguage,
  SITE_LANGUAGE_CODES,
  SITE_SETTINGS_TYPE,
  siteLanguage,
  siteLanguages,
  siteSettingsId,
  type SiteLanguage,
  type SiteLanguageInfo,
} from './language/language.ts';
export {
  hasTranslationReview,
  TRANSLATION_METADATA_TYPE,
  type TranslationLink,
  type TranslationReview,
} from './translation/translation.ts';
export { ContentShapeError, parseDocument, parseList } from './validation/parse.ts';
export { droppable, lenientArray } from './validation/droppable.ts';

export {
  articleBySlugQuery,
  articleListQuery,
  articleRedirectQuery,
  articleSchema,
  articleSlugSchema,
  articleSlugsQuery,
  articleSummarySchema,
  articleTags,
  DEFAULT_PAGE_SIZE,
  fetchArticleBySlug,
  fetchArticleList,
  fetchArticleRedirect,
  fetchArticleSlugs,
  InvalidListOptionsError,
  MAX_PAGE_SIZE,
  type Article,
  type ArticleList,
  type ArticleListOptions,
  type ArticleSummary,
} from './article/article.ts';
export {
  articleBodySchema,
  bodyBlockSchema,
  DECORATORS,
  type ArticleBodyBlock,
  type ArticleBodyImage,
  type ArticleCallout,
  type ArticleCitationMark,
  type ArticleCtaBlock,
  type ArticleLinkMark,
  type ArticleTextBlock,
  type PortableTextBlock,
} from './article/body.ts';
export { benefitSchema, benefitsQuery, fetchBenefits, type Benefit } from './benefit/benefit.ts';
export { citationSchema, doiHref, type Citation } from './citation/citation.ts';
export {
  clinicSchema,
  clinicsQuery,
  directionsUrlFor,
  fetchClinics,
  primaryFirst,
  type Clinic,
  type PostalAddress,
} from './clinic/clinic.ts';
export { fetchHomePage, HOME_ARTICLE_CARDS, homeArticleBoxes, homePageQuery, homePageSchema, type HomePage } from './home/home.ts';
export { fetchSiteChrome, siteChromeQuery, siteChromeSchema, type SiteChrome } from './clinic/clinic.ts';
export { sanityImageSchema, type SanityImage } from './image/image.ts';
export { personSchema, type Person } from './person/person.ts';
export {
  fetchSiteSettings,
  siteSettingsQuery,
  siteSettingsSchema,
  type SiteSettings,
} from './settings/settings.ts';
export { fetchSitemapEntries, sitemapQuery, sitemapSchema, type SitemapEntries } from './sitemap/sitemap.ts';
export { articleTopicSchema, fetchTopicsInUse, topicsQuery, type TopicWithCount } from './topic/topic.ts';
export { checkPublishedContent, siteCheckArticlesQuery } from './site-check/site-check.ts';
export {
  articleSearchQuery,
  fetchSearchResults,
  SEARCH_RESULT_LIMIT,
  type SearchAnswer,
  type SearchResult,
} from './search/search.ts';
export { MAX_QUERY_LENGTH } from './search/terms.ts';
export {
  fetchSearchVocabulary,
  searchTextPageQuery,
  type SerializedVocabulary,
} from './search/vocabulary.ts';
export { highlight, type HighlightSegment } from './search/highlight.ts';
export { mentionsCrisis } from './search/crisis.ts';
