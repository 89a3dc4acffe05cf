// When what a visitor reads of an article last changed: the date the sitemap gives as `lastmod`, the article's
// JSON-LD as `dateModified` and its Open Graph tags as `article:modified_time`. `_updatedAt` is not it: any stored
// change moves it, also one no visitor can see (the reviewer assigned, a re-save, a Studio-only field).
import { z } from 'zod';
import { lenientArray } from '../validation/droppable.ts';
import { isoDateTime } from '../validation/fields.ts';
import { approvalsOfDocument } from './published.ts';

/**
 * Every sign-off recorded for the document in scope (approvals and "no clinical change" statements), as a GROQ
 * projection field: `"signOffs": {at, recordedAt}[]`. `at` is the time the Studio gave the sign-off; `recordedAt`
 * the backend's own time of storing it (`_createdAt`), which is comparable with the article's `_updatedAt`.
 */
export const signOffsField = /* groq */ `"signOffs": *[${approvalsOfDocument}]{at, "recordedAt": _createdAt}`;

/** Zod field for `signOffsField`: a record whose dates are not dates is left out (and reported). */
export const signOffsSchema = lenientArray(z.object({ at: isoDateTime, recordedAt: isoDateTime }));

export type SignOff = z.output<typeof signOffsSchema>[number];

/**
 * When the content of a published article last changed, as an ISO date-time: the `at` of the newest sign-off
 * stored no later than the published revision (`recordedAt` ≤ `updatedAt`, the article's `_updatedAt`), or
 * `publishedAt` when that is later or there is no such sign-off.
 *
 * Why sign-offs: the Studio publishes no change to a clinical field (title, excerpt, key points, body, references,
 * risks, conditions, crisis notice, SEO; see CLINICAL_FIELDS) without a clinician's approval or an editor's "no
 * clinical change" statement, each recorded as the change is signed for publishing. A sign-off stored after the
 * published revision is of a draft not yet published, so it is not counted. Changes outside the clinical fields
 * (topic, hero image) are not counted either: a sitemap's `lastmod` is the last significant change of the main
 * content. Never throws.
 */
export function contentModifiedAt(
  publishedAt: string,
  updatedAt: string,
  signOffs: readonly SignOff[],
): string {
  const published = Date.parse(updatedAt);
  let newest = publishedAt;
  for (const { at, recordedAt } of signOffs) {
    if (Date.parse(recordedAt) > published) continue;
    if (Date.parse(at) > Date.parse(newest)) newest = at;
  }
  return newest;
}
