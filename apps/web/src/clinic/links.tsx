import { isHttpsUrl, safeHref } from '@clinic/content/urls';
import type { Locale } from '@/i18n/locales';
import { translator } from '@/i18n/translate';

type LinkProps = { className?: string; locale?: Locale };

/** A deliberately strict check: one @, no spaces or angle brackets, a dot in the domain. */
const EMAIL_PATTERN = /^[^\s@<>()"]+@[^\s@<>()"]+\.[^\s@<>()"]+$/;

export function EmailLink({ email, className = 'button button--secondary', locale = 'en' }: { email: string | null } & LinkProps) {
  if (!email || !EMAIL_PATTERN.test(email)) return null;
  const href = safeHref(`mailto:${email}`);
  if (!href) return null;
  return (
    <a className={className} href={href}>
      {translator(locale, 'Actions')('email')} <span className="nowrap">{email}</span>
    </a>
  );
}

/** Opens a map with directions; only an https URL from the clinic record (or built from its address) is used. */
export function DirectionsLink({ url, className = 'button button--secondary', locale = 'en' }: { url: string | null } & LinkProps) {
  if (!url || !isHttpsUrl(url)) return null;
  return (
    <a className={className} href={url} rel="noopener noreferrer">
      {translator(locale, 'Actions')('directions')}
    </a>
  );
}

export function BookingLink({ url, className = 'button button--secondary', locale = 'en' }: { url: string | null } & LinkProps) {
  if (!url || !isHttpsUrl(url)) return null;
  return (
    <a className={className} href={url} rel="noopener noreferrer">
      {translator(locale, 'Actions')('bookConsultation')}
    </a>
  );
}
