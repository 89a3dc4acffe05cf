// The project features the lake serves, as `GET /features` lists them for a hosted project: the names the Studio
// checks with `useFeatureEnabled` (sanity-io/sanity, packages/sanity/src/core/hooks/useFeatureEnabled.ts). Only what
// the lake really does is listed: comments, kept in the comments add-on dataset (src/addons/). Releases, scheduled
// publishing, tasks and cross-dataset references are not served, so they are not listed.
export const LAKE_FEATURES: readonly string[] = ['studioComments'];
