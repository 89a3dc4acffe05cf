import type { Clinic } from '@clinic/content';
import type { Locale } from '@/i18n/locales';
import { CallLink } from './CallLink.tsx';
import { BookingLink, DirectionsLink, EmailLink } from './links.tsx';

export type ClinicAction = 'call' | 'book' | 'directions' | 'email';

/** True when the clinic record can back this action with a valid value. */
export function clinicSupports(clinic: Clinic | null, action: ClinicAction): boolean {
  if (!clinic) return false;
  switch (action) {
    case 'call':
      return clinic.phone !== null;
    case 'book':
      return clinic.bookingUrl !== null;
    case 'directions':
      return clinic.directionsUrl !== null;
    case 'email':
      return clinic.email !== null;
  }
}

/**
 * The clinic's calls to action, in order of importance; each appears only when its value is valid. `prominent`
 * gives every button the primary style (for a call to action placed inside an article).
 */
export function ClinicActions({
  clinic,
  actions = ['call', 'book', 'directions', 'email'],
  prominent = false,
  locale = 'en',
}: {
  clinic: Clinic | null;
  actions?: ClinicAction[];
  prominent?: boolean;
  locale?: Locale;
}) {
  if (!clinic) return null;
  const shown = actions.filter((action) => clinicSupports(clinic, action));
  if (shown.length === 0) return null;
  const secondary = prominent ? 'button button--primary' : undefined;
  return (
    <div className="actions">
      {shown.map((action) => {
        switch (action) {
          case 'call':
            return <CallLink key={action} phone={clinic.phone} locale={locale} />;
          case 'book':
            return <BookingLink key={action} url={clinic.bookingUrl} className={secondary} locale={locale} />;
          case 'directions':
            return <DirectionsLink key={action} url={clinic.directionsUrl} className={secondary} locale={locale} />;
          case 'email':
            return <EmailLink key={action} email={clinic.email} className={secondary} locale={locale} />;
        }
      })}
    </div>
  );
}
