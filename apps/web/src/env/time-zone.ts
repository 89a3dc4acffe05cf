import { z } from 'zod';
import { parseEnv } from './parse.ts';

/** The zone the clinic works in when `CLINIC_TIME_ZONE` is not set: the sample clinic is in Sacramento. */
export const DEFAULT_CLINIC_TIME_ZONE = 'America/Los_Angeles';

/** True for an IANA zone name this runtime's Intl knows (`Europe/Berlin`, `UTC`); false otherwise. */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const timeZoneSchema = z.object({
  CLINIC_TIME_ZONE: z
    .string()
    .refine(isTimeZone, 'must be an IANA time zone name such as America/Los_Angeles')
    .default(DEFAULT_CLINIC_TIME_ZONE),
});

/**
 * The clinic's time zone (IANA name, from `CLINIC_TIME_ZONE`): every datetime the site shows is the calendar
 * date a reader at the clinic would give it. Kept apart from `server.ts` (which is `server-only`) because the
 * date helpers are also rendered in component tests; no client component formats dates.
 */
export const clinicTimeZone = parseEnv(timeZoneSchema, { CLINIC_TIME_ZONE: process.env.CLINIC_TIME_ZONE }, 'time zone')
  .CLINIC_TIME_ZONE;
