import type { Clinic } from '@clinic/content';
import { isHttpsUrl, safeHref } from '@clinic/content/urls';
import type { Locale } from '@/i18n/locales';
import { translator } from '@/i18n/translate';

/**
 * A bar fixed to the bottom of small screens so calling is always one tap away. Pure CSS: it is hidden from
 * 48rem up, where the header carries the call button. It renders nothing when the clinic has no valid number.
 */
export function CallBar({ clinic, locale = 'en' }: { clinic: Clinic | null; locale?: Locale }) {
  const href = safeHref(clinic?.phone?.href);
  if (!clinic?.phone || !href) return null;
  const t = translator(locale, 'Actions');
  const booking = clinic.bookingUrl && isHttpsUrl(clinic.bookingUrl) ? clinic.bookingUrl : null;
  return (
    <nav className="call-bar" aria-label={t('callBar')}>
      <a className="call-bar__call" href={href}>
        {t('call')} <span className="nowrap">{clinic.phone.display}</span>
      </a>
      {booking ? (
        <a className="call-bar__book" href={booking} rel="noopener noreferrer">
          {t('book')}
        </a>
      ) : null}
    </nav>
  );
}
