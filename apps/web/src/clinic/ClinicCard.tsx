import type { Clinic } from '@clinic/content';
import { isHttpsUrl } from '@clinic/content/urls';
import { WEEKDAYS } from '@clinic/content/taxonomy';
import { LANGUAGE_TAGS, type Locale } from '@/i18n/locales';
import { translator } from '@/i18n/translate';
import { ClinicActions } from './ClinicActions.tsx';

/**
 * "14:30" → "2:30 PM" (en-US) or "2:30 p.m." (es-US), by Intl; anything else is shown as stored (it has
 * already been validated upstream). Intl's narrow no-break space before the day period becomes a plain space,
 * as the hours were always written.
 */
function formatTime(value: string, locale: Locale): string {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  if (!match) return value;
  const time = new Date(Date.UTC(2024, 0, 1, Number(match[1]), Number(match[2])));
  return new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' })
    .format(time)
    .replace(/\u202f/g, ' ');
}

/** A stored English weekday name ("Monday") in the page's language ("lunes"), by Intl. */
function weekdayName(day: string, locale: Locale): string {
  const index = (WEEKDAYS as readonly string[]).indexOf(day);
  if (locale === 'en' || index < 0) return day;
  // 1 January 2024 was a Monday, the first of WEEKDAYS.
  return new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, 1 + index)),
  );
}

export function ClinicAddress({ address }: { address: Clinic['address'] }) {
  if (!address) return null;
  return (
    <address className="clinic__address">
      {address.streetAddress}
      <br />
      {address.addressLocality}, {address.addressRegion} {address.postalCode}
    </address>
  );
}

/** One clinic record: everything a visitor needs to reach it, each part only when its value is valid. */
export function ClinicCard({
  clinic,
  headingLevel = 2,
  showDetails = true,
  locale = 'en',
}: {
  clinic: Clinic;
  headingLevel?: 2 | 3;
  showDetails?: boolean;
  locale?: Locale;
}) {
  const t = translator(locale, 'Contact');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="card clinic" aria-labelledby={`clinic-${clinic._id}`}>
      <Heading className="clinic__name" id={`clinic-${clinic._id}`}>
        {clinic.name}
      </Heading>
      {showDetails && clinic.description ? <p className="clinic__description">{clinic.description}</p> : null}
      <ClinicAddress address={clinic.address} />
      <dl className="clinic__facts">
        {clinic.phone ? (
          <>
            <dt>{t('phone')}</dt>
            <dd>{clinic.phone.display}</dd>
          </>
        ) : null}
        {clinic.email ? (
          <>
            <dt>{t('email')}</dt>
            <dd>{clinic.email}</dd>
          </>
        ) : null}
        {clinic.website && isHttpsUrl(clinic.website) ? (
          <>
            <dt>{t('website')}</dt>
            <dd>
              <a href={clinic.website} rel="noopener noreferrer">
                {new URL(clinic.website).host.replace(/^www\./, '')}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      {showDetails && clinic.openingHours.length > 0 ? (
        <div className="clinic__hours">
          <h3 className="clinic__subheading">{t('hours')}</h3>
          <ul className="plain-list">
            {clinic.openingHours.map((slot) => (
              <li key={`${slot.days.join('-')}-${slot.opens}`}>
                {slot.days.map((day) => weekdayName(day, locale)).join(', ')}: {formatTime(slot.opens, locale)} –{' '}
                {formatTime(slot.closes, locale)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {showDetails && clinic.visitDescription ? (
        <div className="clinic__visit">
          <h3 className="clinic__subheading">{t('visit')}</h3>
          <p>{clinic.visitDescription}</p>
        </div>
      ) : null}
      {showDetails && clinic.paymentInformation ? (
        <div className="clinic__payment">
          <h3 className="clinic__subheading">{t('payment')}</h3>
          <p>{clinic.paymentInformation}</p>
        </div>
      ) : null}
      {showDetails && clinic.services.length > 0 ? (
        <div className="clinic__services">
          <h3 className="clinic__subheading">{t('services')}</h3>
          <ul>
            {clinic.services.map((service, index) => (
              <li key={index}>{service}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <ClinicActions clinic={clinic} locale={locale} />
    </article>
  );
}
