import { describe, expect, it } from '@jest/globals';
import { render } from '@testing-library/react';
import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { ArticleView } from '@/article/ArticleView';
import { DEFAULT_CLINIC_TIME_ZONE } from '@/env/time-zone';
import { clinic, makeArticle } from '@/test/fixtures';
import { calendarDate } from './dates.ts';

describe('dates shown to readers', () => {
  it('shows an article published 6:30 pm on September 1 in Sacramento as September 1, in text and dateTime', () => {
    const { container } = render(
      <ArticleView
        article={makeArticle({
          publishedAt: '2026-09-02T01:30:00Z',
          // Approved at 6 pm on September 1 in Sacramento: reviewed on September 1 there.
          review: { state: 'reviewed', reviewer: { name: 'Dr. Ada Lee', credentials: 'MD' }, approvedAt: '2026-09-02T01:00:00Z' },
        })}
        clinic={clinic}
      />,
    );
    const times = [...container.querySelectorAll('header time')].map((time) => [time.textContent, time.getAttribute('datetime')]);
    // Reviewed, next review due (a year later), published.
    expect(times).toEqual([
      ['September 1, 2026', '2026-09-01'],
      ['September 1, 2027', '2027-09-01'],
      ['September 1, 2026', '2026-09-01'],
    ]);
    expect(container.textContent).toContain('Published September 1, 2026');
    // Structured data keeps the instant as stored.
    const jsonLd = [...container.querySelectorAll('script[type="application/ld+json"]')].map((script) => script.textContent).join('');
    expect(jsonLd).toContain('"datePublished":"2026-09-02T01:30:00Z"');
    expect(jsonLd).toContain('"lastReviewed":"2026-09-01"');
  });

  it("uses the clinic's zone by default, America/Los_Angeles", () => {
    expect(DEFAULT_CLINIC_TIME_ZONE).toBe('America/Los_Angeles');
    expect(calendarDate('2026-09-02T01:30:00Z')).toEqual({ text: 'September 1, 2026', dateTime: '2026-09-01' });
    expect(calendarDate('2026-09-02T01:30:00Z', 'Europe/Berlin')).toEqual({ text: 'September 2, 2026', dateTime: '2026-09-02' });
  });

  it('keeps a calendar date as entered, in every zone', () => {
    for (const zone of ['Pacific/Kiritimati', 'Etc/GMT+12', 'America/Los_Angeles']) {
      expect(calendarDate('2026-03-08', zone)).toEqual({ text: 'March 8, 2026', dateTime: '2026-03-08' });
    }
  });

  it.each(['2026-02-30', '2026-13-01', 'yesterday', '2026-09-01T18:30', ''])('shows nothing for %j', (value) => {
    expect(calendarDate(value)).toBeNull();
  });
});

// Zones with daylight saving (north and south), half- and quarter-hour offsets, and a 30-minute DST shift.
const ZONES = [
  'America/Los_Angeles',
  'America/New_York',
  'America/St_Johns',
  'Europe/London',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'America/Santiago',
  'UTC',
];
const DAY = 86_400_000;
const MINUTE = 60_000;
const offsetAt = (t: number, zone: string) => new TZDate(t, zone).getTimezoneOffset();

/** Every instant in 2025–2027 at which the zone's offset changes (found by a daily scan, refined to the minute). */
function transitions(zone: string): number[] {
  const found: number[] = [];
  for (let t = Date.UTC(2025, 0, 1); t < Date.UTC(2028, 0, 1); t += DAY) {
    if (offsetAt(t, zone) === offsetAt(t + DAY, zone)) continue;
    let minute = t;
    while (offsetAt(minute, zone) === offsetAt(t, zone)) minute += MINUTE;
    found.push(minute);
  }
  return found;
}
const TRANSITIONS = new Map(ZONES.map((zone) => [zone, transitions(zone)]));

/** The same instant written with an arbitrary offset (`±hh:mm`) or `Z`, as any API may store it. */
function writeWithOffset(t: number, offsetMinutes: number): string {
  if (offsetMinutes === 0) return new Date(t).toISOString();
  const local = new Date(t + offsetMinutes * MINUTE).toISOString().slice(0, 23);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

describe('calendar dates of instants near midnight and DST changes (generated, @date-fns/tz as reference)', () => {
  const zone = fc.constantFrom(...ZONES);
  const instant = fc.oneof(
    // Around a local midnight.
    fc.tuple(zone, fc.date({ min: new Date('2025-01-02'), max: new Date('2027-12-30'), noInvalidDate: true }), fc.integer({ min: -180, max: 180 })).map(
      ([z, day, minutes]) => ({ zone: z, t: new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), z).getTime() + minutes * MINUTE }),
    ),
    // Around a daylight-saving change.
    zone
      .filter((z) => TRANSITIONS.get(z)!.length > 0)
      .chain((z) =>
        fc.tuple(fc.constantFrom(...TRANSITIONS.get(z)!), fc.integer({ min: -26 * 60, max: 26 * 60 })).map(([t, minutes]) => ({ zone: z, t: t + minutes * MINUTE })),
      ),
  );

  it('names the day a clock in the zone shows, however the instant is written', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -12 * 60, max: 14 * 60 }), ({ zone: z, t }, writtenOffset) => {
        const reference = new TZDate(t, z);
        const expected = `${reference.getFullYear()}-${String(reference.getMonth() + 1).padStart(2, '0')}-${String(reference.getDate()).padStart(2, '0')}`;
        const shown = calendarDate(writeWithOffset(t, writtenOffset), z);
        expect(shown?.dateTime).toBe(expected);
        expect(shown?.text).toBe(
          new Date(Date.UTC(reference.getFullYear(), reference.getMonth(), reference.getDate())).toLocaleDateString('en-US', {
            timeZone: 'UTC',
            month: 'long',
            day: 'numeric',
            year: 'numeric',
          }),
        );
      }),
      { numRuns: 400 },
    );
  });
});
