// Field schemas shared by every content unit. Optional fields accept both null (a projected field that is not set)
// and undefined (a field that is not set inside a `...` spread, as in Portable Text blocks). Required fields reject empty or whitespace-only text; optional
// fields are droppable, so an invalid value becomes null (and is reported) without losing its document.
import { z } from 'zod';
import { httpsUrlProblem } from '../rules/contact.ts';
import { calendarDateProblem } from '../rules/date.ts';
import { slugProblem } from '../rules/slug.ts';
import { ruleIssue } from '../rules/zod.ts';
import { droppable } from './droppable.ts';

export const requiredText = z.string().trim().min(1, 'must not be empty');

/**
 * Optional text: null when missing or blank (an editor clearing a field can leave ""), dropped to null and reported
 * when it is not text at all.
 */
export const optionalText = () =>
  droppable(
    z
      .string()
      .nullish()
      .transform((value) =>
        value === null || value === undefined || value.trim() === '' ? null : value.trim(),
      ),
    null,
  );

/** A URL slug as `slugProblem` defines it (lowercase a–z, digits, single hyphens). */
export const slugString = z.string().superRefine(ruleIssue(slugProblem));

/** A calendar date, "2025-03-14", by the rule the Studio's review dates use too. */
export const isoDate = z.string().superRefine(ruleIssue(calendarDateProblem));
/** A date-time as the Content Lake stores it, "2025-03-14T09:30:00.000Z" or with an offset. */
export const isoDateTime = z.iso.datetime({ offset: true });

/** An https URL or null; anything else (http, javascript:, a typo) is dropped to null. */
export const optionalHttpsUrl = () =>
  droppable(
    z
      .string()
      .superRefine(ruleIssue(httpsUrlProblem))
      .nullish()
      .transform((value) => value ?? null),
    null,
  );

export const optionalBoolean = () =>
  droppable(
    z
      .boolean()
      .nullish()
      .transform((value) => value ?? false),
    null,
  );
