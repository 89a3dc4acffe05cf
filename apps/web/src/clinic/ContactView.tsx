import type { Metadata } from 'next';
import { ClinicCard } from './ClinicCard.tsx';
import { JsonLd } from '@/seo/JsonLd';
import { Breadcrumbs } from '@/shell/Breadcrumbs';
import { LanguageSwitch } from '@/shell/LanguageSwitch';
import { CrisisNotice } from '@/article/SafetySections';
import { getSiteChrome } from '@/shell/site-chrome-loader';
import { publicEnv } from '@/env/public';
import { languageAlternates } from '@/i18n/alternates';
import { otherLocale, type Locale } from '@/i18n/locales';
import { sectionPath, sectionPaths } from '@/i18n/paths';
import { translator } from '@/i18n/translate';
import { siteOgImage } from '@/seo/metadata';
import { breadcrumbJsonLd, type Crumb } from '@/seo/jsonld/breadcrumbs';
import { clinicJsonLd } from '@/seo/jsonld/clinic';

export function contactMetadata(locale: Locale): Metadata {
  const t = translator(locale, 'Contact');
  return {
    title: t('title'),
    description: t('description'),
    alternates: languageAlternates(locale, sectionPaths('contact')),
    openGraph: { url: sectionPath(locale, 'contact'), title: t('title'), images: [siteOgImage(locale)] },
  };
}

/** Every clinic record, the primary one first; each shows only the details that passed validation. */
export async function ContactView({ locale }: { locale: Locale }) {
  // The chrome lists the primary clinic first already.
  const { clinics: ordered, settings } = await getSiteChrome(locale);
  const t = translator(locale, 'Contact');
  const crumbText = translator(locale, 'Breadcrumbs');
  const crumbs: Crumb[] = [
    { name: crumbText('home'), path: sectionPath(locale, 'home') },
    { name: crumbText('contact'), path: sectionPath(locale, 'contact') },
  ];
  return (
    <div className="container">
      <LanguageSwitch locale={locale} translation={{ path: sectionPath(otherLocale(locale), 'contact'), exact: true }} />
      {ordered.map((clinic) => (
        <JsonLd key={clinic._id} data={clinicJsonLd(clinic, publicEnv.siteUrl)} />
      ))}
      <JsonLd data={breadcrumbJsonLd(crumbs, publicEnv.siteUrl)} />
      <Breadcrumbs crumbs={crumbs} locale={locale} />
      <h1>{t('title')}</h1>
      <p className="lead narrow">{t('lead')}</p>
      <div className="contact-layout">
        {ordered.length > 0 ? (
          <ul className="stack plain-list">
            {ordered.map((clinic) => (
              <li key={clinic._id}>
                <ClinicCard clinic={clinic} locale={locale} />
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('empty')}</p>
        )}
        <CrisisNotice text={settings?.crisisNotice ?? null} locale={locale} />
      </div>
    </div>
  );
}
