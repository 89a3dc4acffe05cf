import type { Metadata } from 'next';
import { EVIDENCE_LEVEL_VALUES } from '@clinic/content';
import { BenefitCard } from './BenefitCard.tsx';
import { CallToAction } from '@/clinic/CallToAction';
import { JsonLd } from '@/seo/JsonLd';
import { Breadcrumbs } from '@/shell/Breadcrumbs';
import { LanguageSwitch } from '@/shell/LanguageSwitch';
import { Disclaimer, RisksLink } from '@/article/SafetySections';
import { getBenefits } from './benefits-loader.ts';
import { getSiteChrome } from '@/shell/site-chrome-loader';
import { publicEnv } from '@/env/public';
import { languageAlternates } from '@/i18n/alternates';
import { otherLocale, type Locale } from '@/i18n/locales';
import { sectionPath, sectionPaths } from '@/i18n/paths';
import { evidenceLevelText, translator } from '@/i18n/translate';
import { siteOgImage } from '@/seo/metadata';
import { breadcrumbJsonLd, type Crumb } from '@/seo/jsonld/breadcrumbs';

export function benefitsMetadata(locale: Locale): Metadata {
  const t = translator(locale, 'Benefits');
  return {
    title: t('title'),
    description: t('description'),
    alternates: languageAlternates(locale, sectionPaths('benefits')),
    openGraph: { url: sectionPath(locale, 'benefits'), title: t('title'), images: [siteOgImage(locale)] },
  };
}

export async function BenefitsView({ locale }: { locale: Locale }) {
  const [benefits, { settings, primaryClinic }] = await Promise.all([getBenefits(locale), getSiteChrome(locale)]);
  const t = translator(locale, 'Benefits');
  const crumbText = translator(locale, 'Breadcrumbs');
  const crumbs: Crumb[] = [
    { name: crumbText('home'), path: sectionPath(locale, 'home') },
    { name: crumbText('benefits'), path: sectionPath(locale, 'benefits') },
  ];
  return (
    <div className="container">
      <LanguageSwitch locale={locale} translation={{ path: sectionPath(otherLocale(locale), 'benefits'), exact: true }} />
      <JsonLd data={breadcrumbJsonLd(crumbs, publicEnv.siteUrl)} />
      <Breadcrumbs crumbs={crumbs} locale={locale} />
      <h1>{t('title')}</h1>
      <p className="lead narrow">
        {t('lead')} <RisksLink locale={locale} />
      </p>
      <section aria-labelledby="levels-heading" className="narrow">
        <h2 id="levels-heading">{t('levelsHeading')}</h2>
        <dl className="evidence-legend">
          {EVIDENCE_LEVEL_VALUES.map((level) => {
            const { label, description } = evidenceLevelText(locale, level);
            return (
              <div key={level}>
                <dt>{label}</dt>
                <dd>{description}</dd>
              </div>
            );
          })}
        </dl>
      </section>
      <section aria-labelledby="statements-heading" className="section">
        <h2 id="statements-heading">{t('statementsHeading')}</h2>
        {benefits.length > 0 ? (
          <ul className="grid plain-list">
            {benefits.map((benefit) => (
              <li key={benefit._id}>
                <BenefitCard benefit={benefit} showReferences locale={locale} />
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('empty')}</p>
        )}
      </section>
      <div className="narrow">
        <Disclaimer text={settings?.medicalDisclaimer ?? null} locale={locale} />
        <CallToAction clinic={primaryClinic} settings={settings} locale={locale} />
      </div>
    </div>
  );
}
