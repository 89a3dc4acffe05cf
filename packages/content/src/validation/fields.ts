// Field schemas shared by every content unit. Optional fields accept both null (a projected field that is not set)
// and undefined (a field that is not set inside a `...` spread, as in Portable Text blocks). Required fields reject empty or whitespace-only text; optional
// fields are droppable, so an invalid value becomes null (and is reported) without losing its document.
import { z } from 'zod';
import { httpsUrlProblem } from '../rules/contact.ts';
import { calendarDateProblem } from '../rules/date.ts';
import { slugProblem } from '../rules/slug.ts';
import { ruleIssue } from '../rules/zod.ts';
import { droppable } from './droppable.ts';

/**
 * Removes the characters no output may carry: C0 controls other than tab, line feed and carriage return, DEL and
 * the C1 controls, noncharacters (U+FDD0–U+FDEF, U+xFFFE/U+xFFFF) and lone surrogates. HTML calls them parse errors
 * and XML 1.0 forbids them outright, so a feed or sitemap holding one is not XML at all; an editor cannot see them.
 */
export function withoutControlCharacters(value: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point.
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF]|\p{Cs}|\p{Noncharacter_Code_Point}/gu, '');
}

export const requiredText = z.string().transform(withoutControlCharacters).pipe(z.string().trim().min(1, 'must not be empty'));

/**
 * Optional text: null when missing or blank (an editor clearing a field can leave ""), dropped to null and reported
 * when it is not text at all.
 */
export const optionalText = () =>
  droppable(
    z
      .string()
      .nullish()
      .transform((value) => {
        const text = value === null || value === undefined ? '' : withoutControlCharacters(value).trim();
        return text === '' ? null : text;
      }),
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
