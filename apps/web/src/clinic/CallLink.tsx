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

/**
 * The phone glyph, drawn by the stylesheet (`.icon--phone`): one copy in the cached CSS file instead of an inline
 * SVG path repeated in the markup and again in the page's RSC payload for every call link on the page.
 */
function PhoneIcon() {
  return <span aria-hidden="true" className="icon icon--phone" />;
}
