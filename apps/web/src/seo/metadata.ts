import type { Article } from '@clinic/content';
import type { Metadata } from 'next';
import { stegaClean } from 'next-sanity';
import { articlePaths, languageAlternates } from '@/i18n/alternates';
import { OPEN_GRAPH_LOCALES, type Locale } from '@/i18n/locales';
import { sectionPath } from '@/i18n/paths';
import { topicName, translator } from '@/i18n/translate';
import { SOCIAL_CARD_SIZE } from './og/size.ts';

/**
 * Every page's metadata passes through here: in draft mode titles, descriptions and names carry invisible stega
 * markers for click-to-edit, and none of that may reach <title>, <meta>, Open Graph or Twitter tags (where it
 * would be shared, indexed or compared). Returns a deep copy with every string cleaned.
 */
export function cleanMetadata(metadata: Metadata): Metadata {
  return stegaClean(metadata);
}

/** The social card of a page at `path` (`<path>/opengraph-image`, drawn by a route handler next to the page). */
function socialCard(path: string, alt: string) {
  return { url: `${path === '/' ? '' : path}/opengraph-image`, ...SOCIAL_CARD_SIZE, alt };
}

/**
 * The site-wide social card of a language (app/opengraph-image, app/es/opengraph-image). The root layouts set
 * it; pages that set their own `openGraph` replace the parent's and add it back with this.
 */
export function siteOgImage(locale: Locale = 'en') {
  return socialCard(sectionPath(locale, 'home'), translator(locale, 'Site')('siteCardAlt'));
}

/** An article's <title>, description, canonical URL, Open Graph `article:*` and Twitter tags, stega-free. */
export function articleMetadata(article: Article, locale: Locale = 'en'): Metadata {
  const title = article.seo.title ?? article.title;
  const description = article.seo.description ?? article.excerpt;
  const paths = articlePaths(article, locale);
  const path = paths[locale]!;
  return cleanMetadata({
    title,
    description,
    alternates: languageAlternates(locale, paths),
    openGraph: {
      type: 'article',
      url: path,
      title,
      description,
      // Full ISO timestamps, as stored.
      publishedTime: article.publishedAt,
      modifiedTime: article.modifiedAt,
      authors: article.author ? [article.author.name] : undefined,
      section: topicName(locale, article.topic),
      locale: OPEN_GRAPH_LOCALES[locale],
      images: [socialCard(path, translator(locale, 'Site')('articleCardAlt'))],
    },
    twitter: { card: 'summary_large_image', title, description, images: [socialCard(path, translator(locale, 'Site')('articleCardAlt')).url] },
  });
}
