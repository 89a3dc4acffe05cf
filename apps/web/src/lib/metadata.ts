import type { Article } from '@clinic/content';
import type { Metadata } from 'next';
import { stegaClean } from 'next-sanity';

/**
 * Every page's metadata passes through here: in draft mode titles, descriptions and names carry invisible stega
 * markers for click-to-edit, and none of that may reach <title>, <meta>, Open Graph or Twitter tags (where it
 * would be shared, indexed or compared). Returns a deep copy with every string cleaned.
 */
export function cleanMetadata(metadata: Metadata): Metadata {
  return stegaClean(metadata);
}

/**
 * Pages that set their own `openGraph` replace the parent's, which drops the site-wide social card generated
 * by app/opengraph-image.tsx; they add it back with this.
 */
export const siteOgImage = { url: '/opengraph-image', width: 1200, height: 630, alt: 'The clinic name and what the site offers' };

/** An article's <title>, description, canonical URL, Open Graph `article:*` and Twitter tags, stega-free. */
export function articleMetadata(article: Article): Metadata {
  const title = article.seo.title ?? article.title;
  const description = article.seo.description ?? article.excerpt;
  const path = `/articles/${article.slug}`;
  return cleanMetadata({
    title,
    description,
    alternates: { canonical: path },
    openGraph: {
      type: 'article',
      url: path,
      title,
      description,
      // Full ISO timestamps, as stored.
      publishedTime: article.publishedAt,
      modifiedTime: article._updatedAt,
      authors: article.author ? [article.author.name] : undefined,
      section: article.topicLabel,
    },
    twitter: { card: 'summary_large_image', title, description },
  });
}
