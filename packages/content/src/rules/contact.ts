// Contact details as the site can use them: a dialable phone number, an e-mail address, https links, clock times.
import { isValidE164, parsePhoneToE164 } from '../phone.ts';
import { isHttpsUrl, safeHref } from '../urls.ts';

/** Says what to type, as the phone field's help text does: the field stores what is typed in the format calls need. */
export const PHONE_FORMAT_MESSAGE =
  'Enter a number visitors can call, e.g. (916) 915-9215, or one outside the US with its country code, e.g. +44 20 7946 0958';
export const HTTPS_MESSAGE = 'Use a secure link that starts with https://, e.g. https://www.propeltherapeutics.com/';
export const EMAIL_MESSAGE = 'Enter a valid e-mail address, e.g. info@example.com';
export const CLOCK_TIME_MESSAGE = 'Use 24-hour time as HH:MM, e.g. 09:00 or 17:30';
export const LINK_MESSAGE =
  'Use a full https:// link, a page on this site starting with "/" (not "//"), "#" for a part of this page, ' +
  'mailto: with an e-mail address or tel: with a number in international format';
export const INSECURE_LINK_MESSAGE = 'Use the secure https:// version of the link';
export const TEL_LINK_MESSAGE = 'A tel: link needs the number in international format, e.g. tel:+19169159215';

const SIMPLE_EMAIL = /^[^\s@/?#]+@[^\s@/?#]+\.[^\s@/?#]+$/;
const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * Null for a valid stored phone number (E.164, a real number of its country), else what to type instead, with the
 * E.164 form as a suggestion when the input is a recognisable US or international number.
 */
export function phoneProblem(value: unknown): string | null {
  if (isValidE164(value)) return null;
  const suggestion = typeof value === 'string' ? parsePhoneToE164(value, 'US') : null;
  return suggestion ? `${PHONE_FORMAT_MESSAGE} (retyping it stores it as ${suggestion})` : PHONE_FORMAT_MESSAGE;
}

/**
 * What an editor typed into a phone field, stored canonically: a recognisable US national number ("(916) 555-0142",
 * "916.555.0142", "916 555 0142") or international one ("+44 20 7946 0958") becomes E.164 ("+19165550142");
 * anything else comes back unchanged, so `phoneProblem` can say what is wrong with it. Idempotent.
 */
export function normalizePhone(typed: string): string {
  return parsePhoneToE164(typed, 'US') ?? typed;
}

/** Null for a plain e-mail address ("info@example.com"; surrounding spaces are ignored), else the fix. */
export function emailProblem(value: unknown): string | null {
  return typeof value === 'string' && SIMPLE_EMAIL.test(value.trim()) ? null : EMAIL_MESSAGE;
}

/** Null for an https link with a real host name and no user name or password in it, else the fix. */
export function httpsUrlProblem(value: unknown): string | null {
  return isHttpsUrl(value) ? null : HTTPS_MESSAGE;
}

/**
 * Null for a link target the site renders as a link (see `safeHref`: https, a path on this site, "#fragment",
 * mailto:, tel: with E.164; URL schemes in any letter case), else the fix. Plain http:// is refused: every link
 * the clinic publishes should be secure.
 */
export function linkHrefProblem(value: unknown): string | null {
  const safe = safeHref(value);
  if (safe === null) return typeof value === 'string' && /^\s*tel:/i.test(value) ? TEL_LINK_MESSAGE : LINK_MESSAGE;
  return /^http:/i.test(safe) ? INSECURE_LINK_MESSAGE : null;
}

// "9:00", "09:00", "9.30", "9am", "9 a.m.", "9:00 PM": an hour, optional minutes, an optional am/pm marker.
const TYPED_CLOCK_TIME = /^(\d{1,2})(?:[:.](\d{2}))?\s*(?:([ap])\.?\s*m\.?)?$/i;

/**
 * What an editor typed into a time field, stored as 24-hour "HH:MM": "9:00" → "09:00", "9am" → "09:00",
 * "9:30 PM" → "21:30", "12 am" → "00:00". An hour without minutes needs am/pm ("9" alone is still being typed).
 * Anything that is not a time of day ("25:00", "13pm", "9:7") comes back unchanged for `clockTimeProblem`
 * to explain. Idempotent.
 */
export function normalizeClockTime(typed: string): string {
  const match = TYPED_CLOCK_TIME.exec(typed.trim());
  if (!match) return typed;
  const [, hourText, minuteText, meridiem] = match as unknown as [string, string, string | undefined, string | undefined];
  if (minuteText === undefined && meridiem === undefined) return typed;
  let hour = Number(hourText);
  const minute = Number(minuteText ?? '0');
  if (minute > 59) return typed;
  if (meridiem === undefined) {
    if (hour > 23) return typed;
  } else {
    if (hour < 1 || hour > 12) return typed;
    hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  }
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** Null for a 24-hour clock time "HH:MM" ("09:00", "17:30"), else the fix. */
export function clockTimeProblem(value: unknown): string | null {
  return typeof value === 'string' && CLOCK_TIME.test(value) ? null : CLOCK_TIME_MESSAGE;
}

/** Null when a clinic closes after it opens (both valid clock times), else the fix. */
export function openingHoursProblem(opens: unknown, closes: unknown): string | null {
  if (clockTimeProblem(opens) !== null || clockTimeProblem(closes) !== null) return null;
  return (closes as string) > (opens as string) ? null : 'The closing time must be later than the opening time';
}
