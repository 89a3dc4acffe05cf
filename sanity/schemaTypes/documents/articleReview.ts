// The medical-review rules for articles: whether the reviewer asked is meaningful, and the crisis notice.
import type { CustomValidatorResult, ValidationContext } from 'sanity';
import { MENTAL_HEALTH_TOPICS } from '../shared/topics.ts';
import { SANITY_API_VERSION } from '@clinic/content/api-version';

/** A reviewer without credentials tells readers nothing, so the reviewer's record must state them. */
export async function checkReviewerCredentials(
  value: { _ref?: string } | undefined,
  context: ValidationContext,
): Promise<CustomValidatorResult> {
  if (!value?._ref) return true;
  const reviewer = await context
    .getClient({ apiVersion: SANITY_API_VERSION })
    .fetch<{ credentials?: string | null } | null>(
      '*[_id in [$id, "drafts." + $id]] | order(_id desc)[0]{credentials}',
      { id: value._ref },
    );
  if (!reviewer) return true; // A missing reference is reported by Sanity's own reference check.
  return reviewer.credentials && reviewer.credentials.trim()
    ? true
    : 'This reviewer has no credentials on their record; add them (e.g. "MD") before publishing';
}

export function checkCrisisNotice(
  value: boolean | undefined,
  context: ValidationContext,
): CustomValidatorResult {
  const topic = (context.document as { topic?: string } | undefined)?.topic;
  if (topic && MENTAL_HEALTH_TOPICS.has(topic) && value !== true) {
    return 'Articles about depression, suicidal thoughts or anxiety must show the crisis notice (988 / 911)';
  }
  return true;
}
