import type { Clinic } from '@clinic/content';
import { safeHref } from '@clinic/content/urls';
import type { Locale } from '@/i18n/locales';
import { translator } from '@/i18n/translate';

interface CallLinkProps {
  phone: Clinic['phone'];
  /** Visible words before the number; "Call" ("Llamar al") in the page's language when not given. */
  label?: string;
  className?: string;
  locale?: Locale;
}

/**
 * A `tel:` link: the href @clinic/content made from the E.164 number, and the formatted number as visible text.
 * The href passes the same allow-list every link on the site passes (safeHref, which admits a `tel:` link only
 * for a valid number), so no code path can put an invalid value into it: anything that fails renders nothing.
 */
export function CallLink({ phone, label, className = 'button button--primary', locale = 'en' }: CallLinkProps) {
  const href = safeHref(phone?.href);
  if (!phone || !href) return null;
  return (
    <a className={className} href={href}>
      <PhoneIcon />
      <span>
        {label ?? translator(locale, 'Actions')('call')} <span className="nowrap">{phone.display}</span>
      </span>
    </a>
  );
}

function PhoneIcon() {
  return (
    <svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 24 24" className="icon">
      <path
        fill="currentColor"
        d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z"
      />
    </svg>
  );
}
