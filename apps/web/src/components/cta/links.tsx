import { isHttpsUrl, safeHref } from '@clinic/content/urls';

/** A deliberately strict check: one @, no spaces or angle brackets, a dot in the domain. */
const EMAIL_PATTERN = /^[^\s@<>()"]+@[^\s@<>()"]+\.[^\s@<>()"]+$/;

export function EmailLink({ email, className = 'button button--secondary' }: { email: string | null; className?: string }) {
  if (!email || !EMAIL_PATTERN.test(email)) return null;
  const href = safeHref(`mailto:${email}`);
  if (!href) return null;
  return (
    <a className={className} href={href}>
      E-mail <span className="nowrap">{email}</span>
    </a>
  );
}

/** Opens a map with directions; only an https URL from the clinic record (or built from its address) is used. */
export function DirectionsLink({ url, className = 'button button--secondary' }: { url: string | null; className?: string }) {
  if (!url || !isHttpsUrl(url)) return null;
  return (
    <a className={className} href={url} rel="noopener noreferrer">
      Get directions
    </a>
  );
}

export function BookingLink({ url, className = 'button button--secondary' }: { url: string | null; className?: string }) {
  if (!url || !isHttpsUrl(url)) return null;
  return (
    <a className={className} href={url} rel="noopener noreferrer">
      Book a consultation
    </a>
  );
}
