import type { Metadata } from 'next';
import { REVIEW_CYCLE_MONTHS } from '@clinic/content/rules';
import { EVIDENCE_LEVEL_VALUES } from '@clinic/content/taxonomy';
import { JsonLd } from '@/seo/JsonLd';
import { Breadcrumbs } from '@/shell/Breadcrumbs';
import { LanguageSwitch } from '@/shell/LanguageSwitch';
import { publicEnv } from '@/env/public';
import { languageAlternates } from '@/i18n/alternates';
import { otherLocale, type Locale } from '@/i18n/locales';
import { sectionPath, sectionPaths } from '@/i18n/paths';
import { evidenceLevelText, translator } from '@/i18n/translate';
import { siteOgImage } from '@/seo/metadata';
import { breadcrumbJsonLd, type Crumb } from '@/seo/jsonld/breadcrumbs';

// The editorial policy of either language (/editorial-policy, /es/politica-editorial): who writes and reviews
// the pages, how evidence is graded, how mistakes are corrected, who pays, and the clinic's conflict of interest.
// Its text is the site's own (messages), not the editors': it describes how the platform works. The evidence
// levels and the review cycle are read from the content rules, so the page cannot drift from what is enforced.

export function editorialPolicyMetadata(locale: Locale): Metadata {
  const t = translator(locale, 'Editorial');
  return {
    title: t('title'),
    description: t('description'),
    alternates: languageAlternates(locale, sectionPaths('editorialPolicy')),
    openGraph: { url: sectionPath(locale, 'editorialPolicy'), title: t('title'), images: [siteOgImage(locale)] },
  };
}

export function EditorialPolicyView({ locale }: { locale: Locale }) {
  const t = translator(locale, 'Editorial');
  const crumbText = translator(locale, 'Breadcrumbs');
  const crumbs: Crumb[] = [
    { name: crumbText('home'), path: sectionPath(locale, 'home') },
    { name: crumbText('editorialPolicy'), path: sectionPath(locale, 'editorialPolicy') },
  ];
  return (
    <div className="container narrow editorial-policy">
      <LanguageSwitch
        locale={locale}
        translation={{ path: sectionPath(otherLocale(locale), 'editorialPolicy'), exact: true }}
      />
      <JsonLd data={breadcrumbJsonLd(crumbs, publicEnv.siteUrl)} />
      <Breadcrumbs crumbs={crumbs} locale={locale} />
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>

      <section aria-labelledby="editorial-who">
        <h2 id="editorial-who">{t('whoHeading')}</h2>
        <p>{t('whoArticles', { months: REVIEW_CYCLE_MONTHS })}</p>
        <p>{t('whoTranslations')}</p>
        <p>{t('whoPlaceholders')}</p>
      </section>

      <section aria-labelledby="editorial-evidence">
        <h2 id="editorial-evidence">{t('evidenceHeading')}</h2>
        <p>{t('evidenceSources')}</p>
        <p>{t('evidenceLevels')}</p>
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

      <section aria-labelledby="editorial-corrections">
        <h2 id="editorial-corrections">{t('correctionsHeading')}</h2>
        <p>
          {t.rich('correctionsReport', {
            contact: (chunks) => <a href={sectionPath(locale, 'contact')}>{chunks}</a>,
          })}
        </p>
        <p>{t('correctionsProcess')}</p>
      </section>

      <section aria-labelledby="editorial-funding">
        <h2 id="editorial-funding">{t('fundingHeading')}</h2>
        <p>{t('funding')}</p>
      </section>

      <section aria-labelledby="editorial-conflict">
        <h2 id="editorial-conflict">{t('conflictHeading')}</h2>
        <p>{t('conflict')}</p>
        <p>{t('conflictSafeguards')}</p>
      </section>
    </div>
  );
}
