import type { Clinic } from '@clinic/content';
import { isHttpsUrl, safeHref } from '@clinic/content/urls';

/**
 * A bar fixed to the bottom of small screens so calling is always one tap away. Pure CSS: it is hidden from
 * 48rem up, where the header carries the call button. It renders nothing when the clinic has no valid number.
 */
export function CallBar({ clinic }: { clinic: Clinic | null }) {
  const href = safeHref(clinic?.phone?.href);
  if (!clinic?.phone || !href) return null;
  const booking = clinic.bookingUrl && isHttpsUrl(clinic.bookingUrl) ? clinic.bookingUrl : null;
  return (
    <nav className="call-bar" aria-label="Contact the clinic">
      <a className="call-bar__call" href={href}>
        Call <span className="nowrap">{clinic.phone.display}</span>
      </a>
      {booking ? (
        <a className="call-bar__book" href={booking} rel="noopener noreferrer">
          Book
        </a>
      ) : null}
    </nav>
  );
}
