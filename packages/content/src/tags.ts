// Cache tags. Every fetch function tags its request with the document types its query reads, and one article page
// also with `article:<slug>`, so the site's revalidation endpoint can turn a webhook about a changed document
// into exactly the tags to expire.

// `translation.metadata` links an article to its translations, which the article page and sitemap show.
export const CONTENT_TYPES = [
  'article',
  'benefit',
  'clinic',
  'person',
  'siteSettings',
  'translation.metadata',
  'medicalApproval',
] as const;
export type ContentType = (typeof CONTENT_TYPES)[number];

export function isContentType(value: unknown): value is ContentType {
  return typeof value === 'string' && (CONTENT_TYPES as readonly string[]).includes(value);
}

/** A cache tag: a document type the site reads, or one article page's `article:<slug>`. */
export type CacheTag = ContentType | `article:${string}`;

export function articleTag(slug: string): `article:${string}` {
  return `article:${slug}`;
}

/**
 * The tags to expire after a document changed, from the `_type` and `slug` a webhook sends (the slug either as
 * text or as a slug object). A type the site does not read gives no tags.
 */
export function tagsForChangedDocument(change: { _type?: unknown; slug?: unknown }): CacheTag[] {
  if (!isContentType(change._type)) return [];
  const slug =
    typeof change.slug === 'object' && change.slug !== null
      ? (change.slug as { current?: unknown }).current
      : change.slug;
  if (change._type === 'article' && typeof slug === 'string' && slug !== '')
    return ['article', articleTag(slug)];
  // An approval changes what an article page says about its review; the webhook does not carry the article's slug.
  if (change._type === 'medicalApproval') return ['article'];
  return [change._type];
}
