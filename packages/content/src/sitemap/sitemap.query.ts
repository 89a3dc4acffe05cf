import { defineQuery } from 'groq';
import { publishedArticleFilter } from '../article/article.fragment.ts';

// Last-modified dates for the sitemap: one per article, and the newest change behind each shared page.
export const sitemapQuery = defineQuery(`{
  "articles": *[${publishedArticleFilter}] | order(publishedAt desc){_id, "slug": slug.current, _updatedAt},
  "benefitsUpdatedAt": *[_type == "benefit"] | order(_updatedAt desc) [0]._updatedAt,
  "clinicsUpdatedAt": *[_type == "clinic"] | order(_updatedAt desc) [0]._updatedAt,
  "settingsUpdatedAt": *[_type == "siteSettings"] | order(_updatedAt desc) [0]._updatedAt
}`);
