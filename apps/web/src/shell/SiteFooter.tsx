import type { Clinic, SiteSettings } from '@clinic/content';
import type { Locale } from '@/i18n/locales';
import { sectionPath } from '@/i18n/paths';
import { translator } from '@/i18n/translate';
import { ClinicAddress } from '@/clinic/ClinicCard';
import { CallLink } from '@/clinic/CallLink';

const LINKS = ['articles', 'benefits', 'contact', 'editorialPolicy', 'feed'] as const;

export function SiteFooter({
  settings,
  clinic,
  siteName,
  locale = 'en',
}: {
  settings: SiteSettings | null;
  clinic: Clinic | null;
  siteName: string;
  locale?: Locale;
}) {
  const t = translator(locale, 'Site');
  return (
    <footer className="site-footer">
      <div className="container site-footer__grid">
        <div>
          <p className="site-footer__name">{clinic?.name ?? siteName}</p>
          {clinic ? <ClinicAddress address={clinic.address} /> : null}
          <CallLink phone={clinic?.phone ?? null} label={t('phoneLabel')} locale={locale} className="site-footer__link" />
        </div>
        <nav aria-label={t('footerNav')}>
          <ul className="plain-list">
            {LINKS.map((section) => (
              <li key={section}>
                <a href={sectionPath(locale, section)}>{t(section)}</a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="site-footer__notes">
          {settings?.medicalDisclaimer ? <p>{settings.medicalDisclaimer}</p> : null}
          <p>
            {t.rich('footerCrisis', {
              call: (chunks) => <a href="tel:988">{chunks}</a>,
              emergency: (chunks) => <a href="tel:911">{chunks}</a>,
            })}
          </p>
        </div>
      </div>
    </footer>
  );
}
