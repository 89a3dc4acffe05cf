// The zod schemas of every query result and the validated types components receive.
export {
  articleCountSchema,
  articleSchema,
  articleSlugSchema,
  articleSummarySchema,
  type Article,
  type ArticleSummary,
} from './article/article.schema.ts';
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
} from './article/body.schema.ts';
export { benefitSchema, type Benefit } from './benefit/benefit.schema.ts';
export { citationSchema, doiHref, type Citation } from './citation/citation.schema.ts';
export { clinicSchema, directionsUrlFor, type Clinic, type PostalAddress } from './clinic/clinic.schema.ts';
export { homePageSchema, type HomePage } from './home/home.schema.ts';
export { sanityImageSchema, type SanityImage } from './image/image.schema.ts';
export { personSchema, type Person } from './person/person.schema.ts';
export { siteSettingsSchema, type SiteSettings } from './settings/settings.schema.ts';
export { sitemapSchema, type SitemapEntries } from './sitemap/sitemap.schema.ts';
export { articleTopicSchema } from './topic/topic.schema.ts';
export { ContentShapeError, parseDocument, parseList } from './validation/parse.ts';
export { droppable, lenientArray } from './validation/droppable.ts';
export type { Phone } from './phone.ts';
