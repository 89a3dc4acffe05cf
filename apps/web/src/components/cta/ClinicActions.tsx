import type { Clinic } from '@clinic/content';
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

/** The clinic's calls to action, in order of importance; each appears only when its value is valid. */
export function ClinicActions({
  clinic,
  actions = ['call', 'book', 'directions', 'email'],
}: {
  clinic: Clinic | null;
  actions?: ClinicAction[];
}) {
  if (!clinic) return null;
  const shown = actions.filter((action) => clinicSupports(clinic, action));
  if (shown.length === 0) return null;
  return (
    <div className="actions">
      {shown.map((action) => {
        switch (action) {
          case 'call':
            return <CallLink key={action} phone={clinic.phone} />;
          case 'book':
            return <BookingLink key={action} url={clinic.bookingUrl} />;
          case 'directions':
            return <DirectionsLink key={action} url={clinic.directionsUrl} />;
          case 'email':
            return <EmailLink key={action} email={clinic.email} />;
        }
      })}
    </div>
  );
}
