// Every GROQ query the site runs. Sanity TypeGen reads them (they are written with defineQuery) and generates
// their result types in ./generated/sanity.types.ts.
export { articleBySlugQuery, articleCountQuery, articleListQuery, articleSlugsQuery } from './article/article.query.ts';
export { benefitsQuery } from './benefit/benefit.query.ts';
export { clinicsQuery } from './clinic/clinic.query.ts';
export { homePageQuery } from './home/home.query.ts';
export { siteSettingsQuery } from './settings/settings.query.ts';
export { sitemapQuery } from './sitemap/sitemap.query.ts';
export { topicsQuery } from './topic/topic.query.ts';
