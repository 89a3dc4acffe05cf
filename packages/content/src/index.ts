// @clinic/content: the contract between the Studio and the site. Components only ever see the validated types
// exported here; nothing from the Content Lake reaches them unchecked.
export * from './queries.ts';
export * from './schemas.ts';
export * from './taxonomy.ts';
export * from './phone.ts';
export * from './urls.ts';
export * from './logger.ts';
export * from './fetcher.ts';
export * from './tags.ts';
export { fetchArticleBySlug, articleTags } from './article/fetch-article.ts';
export {
  DEFAULT_PAGE_SIZE,
  InvalidListOptionsError,
  MAX_PAGE_SIZE,
  fetchArticleList,
  fetchArticleSlugs,
  type ArticleList,
  type ArticleListOptions,
} from './article/fetch-article-list.ts';
export { fetchBenefits } from './benefit/fetch-benefits.ts';
export { fetchClinics, primaryFirst } from './clinic/fetch-clinics.ts';
export { fetchHomePage } from './home/fetch-home-page.ts';
export { fetchSiteSettings } from './settings/fetch-site-settings.ts';
export { fetchSitemapEntries } from './sitemap/fetch-sitemap.ts';
export { fetchTopicsInUse, type TopicWithCount } from './topic/fetch-topics.ts';
