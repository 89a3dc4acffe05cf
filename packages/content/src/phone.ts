// Phone numbers are stored as E.164 ("+19169159215") and only formatted for display. The parsing itself is
// libphonenumber-js with its full ("max") metadata, so a number is checked against the real numbering plan of its
// country, not just its length: a made-up 555 number or a digit too few never reaches a `tel:` link.
import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from 'libphonenumber-js/max';

const E164_SHAPE = /^\+[1-9]\d{1,14}$/;

// What people type into a phone field: digits, an optional leading +, and the usual separators. Anything else
// (letters of a vanity number, "ext.", prose around the number) is refused rather than guessed at, because
// libphonenumber would happily pull a number out of "Call 916-915-9215 now" or turn "1-800-FLOWERS" into
// something else.
const PHONE_INPUT = /^\+?[\d\s().\-/\u00a0]+$/;
const MAX_INPUT_LENGTH = 40;

function parseStrict(input: string, defaultCountry?: CountryCode): PhoneNumber | null {
  const trimmed = input.trim();
  if (trimmed.length === 0 || trimmed.length > MAX_INPUT_LENGTH || !PHONE_INPUT.test(trimmed)) return null;
  const parsed = parsePhoneNumberFromString(trimmed, defaultCountry);
  // An extension cannot be carried by E.164 or by a tel: link built from it, so a number with one is refused
  // instead of silently losing the extension.
  if (!parsed || parsed.ext || !parsed.isValid()) return null;
  return parsed;
}

/**
 * Turns what an editor or visitor typed ("(916) 915-9215", "+1 916 915 9215", "916.915.9215") into E.164, or
 * null when it is not a valid, dialable number. National formats are read as `defaultCountry` (US).
 */
export function parsePhoneToE164(input: string, defaultCountry: 'US' = 'US'): string | null {
  if (typeof input !== 'string') return null;
  return parseStrict(input, defaultCountry)?.number ?? null;
}

/** True only for a canonical E.164 string of a valid number: "+19169159215", not "+1 916 915 9215". */
export function isValidE164(value: unknown): value is string {
  if (typeof value !== 'string' || !E164_SHAPE.test(value)) return false;
  return parseStrict(value)?.number === value;
}

/**
 * Visible text for a stored E.164 number: "(916) 915-9215" for US numbers, the international format
 * ("+44 20 7946 0958") for any other country. Throws for a value that is not valid E.164, so a caller that
 * skipped validation finds out at once instead of showing a half-formatted number.
 */
export function formatPhoneForDisplay(e164: string): string {
  const parsed = isValidE164(e164) ? parseStrict(e164) : null;
  if (!parsed) throw new TypeError(`Not a valid E.164 phone number: ${JSON.stringify(e164)}`);
  return parsed.country === 'US' ? parsed.formatNational() : parsed.formatInternational();
}

/** "tel:+19169159215" for a valid E.164 number, null for anything else. */
export function telHref(e164: unknown): string | null {
  return isValidE164(e164) ? `tel:${e164}` : null;
}

/** A validated phone number in the three forms a page needs. */
export type Phone = { e164: string; display: string; href: string };

/** Builds {e164, display, href} from a stored value, or null when it is not valid E.164. */
export function toPhone(value: unknown): Phone | null {
  if (!isValidE164(value)) return null;
  return { e164: value, display: formatPhoneForDisplay(value), href: `tel:${value}` };
}
