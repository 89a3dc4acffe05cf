import type { Clinic, SiteSettings } from '@clinic/content';
import type { Locale } from '@/i18n/locales';
import { translator } from '@/i18n/translate';
import { ClinicActions, clinicSupports } from './ClinicActions.tsx';

/**
 * The closing call to action of a page: heading and text from the site settings, buttons from the clinic
 * record. Without a single valid way to reach the clinic the section is left out rather than shown empty.
 */
export function CallToAction({
  clinic,
  settings,
  headingLevel = 2,
  locale = 'en',
}: {
  clinic: Clinic | null;
  settings: SiteSettings | null;
  headingLevel?: 2 | 3;
  locale?: Locale;
}) {
  const reachable = (['call', 'book', 'directions', 'email'] as const).some((action) => clinicSupports(clinic, action));
  if (!clinic || !reachable) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="cta" aria-labelledby="cta-heading">
      <Heading id="cta-heading" className="cta__heading">
        {settings?.ctaHeading ?? translator(locale, 'Actions')('ctaHeading', { clinic: clinic.name })}
      </Heading>
      {settings?.ctaText ? <p className="cta__text">{settings.ctaText}</p> : null}
      <ClinicActions clinic={clinic} locale={locale} />
    </section>
  );
}
