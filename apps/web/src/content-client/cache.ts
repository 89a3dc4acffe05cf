/**
 * How long a content fetch is served from Next's data cache before it is fetched again, in seconds, when no
 * webhook has expired it sooner (src/content-client/fetch.ts). Pages that render per request, like search results, use it
 * as the time a shared cache may keep them (next.config.ts).
 */
export const CONTENT_REVALIDATE_SECONDS = 300;
