// The project features the lake serves, as `GET /features` lists them for a hosted project: the names the Studio
// checks with `useFeatureEnabled` (sanity-io/sanity, packages/sanity/src/core/hooks/useFeatureEnabled.ts). Only what
// the lake really does is listed: comments, kept in the comments add-on dataset (src/addons/), and content releases
// with their schedule (src/write/releases.ts; `singleDocRelease` is the Studio's scheduled drafts, one-document
// releases). The legacy Scheduling API, tasks and cross-dataset references are not served, so they are not listed.
export const LAKE_FEATURES: readonly string[] = ['studioComments', 'contentReleases', 'singleDocRelease'];
