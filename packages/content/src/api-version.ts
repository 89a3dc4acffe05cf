// The one API version of the Content Lake that every query here is written for: the site's, the Studio's (its
// lists, validation, review actions, audit trail, Vision) and the scripts'. From this version on, a query without
// a perspective reads only published documents (https://www.sanity.io/docs/content-lake/perspectives/changelog).
// Only a constant behind this entry point, so the Studio's browser bundle can import it.

/** `YYYY-MM-DD`, without the `v` of the URL (`/v2025-02-19/...`). */
export const SANITY_API_VERSION = '2025-02-19';
