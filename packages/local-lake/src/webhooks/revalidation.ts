// The revalidation webhook: after every published change to a type the site reads, the lake calls the site's
// /api/revalidate with the document's `_type` and slug, signed with the site's secret, as the GROQ webhook in a
// hosted project's settings does. The types are the content contract's (`CONTENT_TYPES` in
// `@clinic/content/tags`), passed in because the content package already depends on this one for its tests.

export interface RevalidationWebhook {
  name: string;
  url: string;
  on: Array<'create' | 'update' | 'delete'>;
  filter: string;
  projection: string;
  secret: string;
}

/** The webhook entry (for `webhooks.json` or LOCAL_LAKE_WEBHOOKS) that calls `<siteUrl>/api/revalidate`. */
export function revalidationWebhook(options: {
  siteUrl: string;
  secret: string;
  /** Document types whose changes the site must hear about. */
  types: readonly string[];
  name?: string;
}): RevalidationWebhook {
  return {
    name: options.name ?? 'site-revalidate',
    url: `${options.siteUrl.replace(/\/+$/, '')}/api/revalidate`,
    on: ['create', 'update', 'delete'],
    filter: `_type in ${JSON.stringify(options.types)}`,
    projection: '{_type, "slug": slug.current}',
    secret: options.secret,
  };
}
