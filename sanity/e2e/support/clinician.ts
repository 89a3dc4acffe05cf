// The clinician of the Studio tests: a real person (not a sample placeholder) whose Studio login is the run's
// second one, "Medical reviewer". Only a login linked to such a person may approve an article.
import { restoreDocument } from './lake.ts';

/** The reviewer login's user id in the lake's users.json (`addUser(…, 'Medical reviewer')`). */
export const REVIEWER_USER = 'p-medical-reviewer';

export const CLINICIAN = {
  _id: 'person-e2e-reviewer',
  _type: 'person',
  name: 'Dana Reyes',
  credentials: 'MD, anesthesiologist',
  slug: { _type: 'slug', current: 'dana-reyes' },
  isSamplePlaceholder: false,
  studioUserId: REVIEWER_USER,
} as const;

/** Lists the clinician among the clinic's people, linked to the reviewer login, as an administrator does once. */
export function listClinician(): Promise<void> {
  return restoreDocument({ ...CLINICIAN });
}
