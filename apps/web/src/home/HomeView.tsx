import type { Metadata } from 'next';
import { homeArticleBoxes } from '@clinic/content';
import { ArticleGrid } from '@/article/ArticleCard';
import { BenefitCard } from '@/benefit/BenefitCard';
import { ClinicCard } from '@/clinic/ClinicCard';
import { ClinicActions } from '@/clinic/ClinicActions';
import { JsonLd } from '@/seo/JsonLd';
import { LanguageSwitch } from '@/shell/LanguageSwitch';
import { getHomePage } from './home-loader.ts';
import { getSiteChrome, siteNameOf } from '@/shell/site-chrome-loader';
import { publicEnv } from '@/env/public';
import { languageAlternates } from '@/i18n/alternates';
import { otherLocale, type Locale } from '@/i18n/locales';
import { sectionPath, sectionPaths } from '@/i18n/paths';
import { translator } from '@/i18n/translate';
import { clinicJsonLd } from '@/seo/jsonld/clinic';
import { siteOgImage } from '@/seo/metadata';

export async function homeMetadata(locale: Locale): Promise<Metadata> {
  const { settings } = await getHomePage(locale);
  const siteName = siteNameOf(settings, locale);
  return {
    title: { absolute: settings?.tagline ? `${siteName} — ${settings.tagline}` : siteName },
    description: settings?.ctaText ?? settings?.tagline ?? undefined,
    alternates: languageAlternates(locale, sectionPaths('home')),
    openGraph: { url: sectionPath(locale, 'home'), title: siteName, description: settings?.tagline ?? undefined, images: [siteOgImage(locale)] },
  };
}

const HOME_BENEFITS = 3;

export async function HomeView({ locale }: { locale: Locale }) {
  const [home, { primaryClinic }] = await Promise.all([getHomePage(locale), getSiteChrome(locale)]);
  const { settings } = home;
  const t = translator(locale, 'Home');
  // The newest articles, whatever is featured; featured articles not among them get their own box.
  const { latest: articles, featured } = homeArticleBoxes(home);

  return (
    <>
      {primaryClinic ? <JsonLd data={clinicJsonLd(primaryClinic, publicEnv.siteUrl)} /> : null}
      <div className="container">
        <LanguageSwitch locale={locale} translation={{ path: sectionPath(otherLocale(locale), 'home'), exact: true }} />
      </div>
      <section className="hero" aria-labelledby="hero-heading">
        <div className="container">
          <p className="eyebrow">{primaryClinic?.name ?? siteNameOf(settings, locale)}</p>
          <h1 id="hero-heading">{settings?.tagline ?? siteNameOf(settings, locale)}</h1>
          {settings?.ctaText ? <p className="lead">{settings.ctaText}</p> : null}
          <ClinicActions clinic={primaryClinic} actions={['call', 'book', 'directions']} locale={locale} />
        </div>
      </section>

      {home.benefits.length > 0 ? (
        <section className="section container" aria-labelledby="benefits-heading">
          <div className="section__header">
            <h2 id="benefits-heading">{t('evidenceHeading')}</h2>
            <a href={sectionPath(locale, 'benefits')}>{t('allBenefits')}</a>
          </div>
          <ul className="grid plain-list">
            {home.benefits.slice(0, HOME_BENEFITS).map((benefit) => (
              <li key={benefit._id}>
                <BenefitCard benefit={benefit} locale={locale} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {articles.length > 0 ? (
        <section className="section container" aria-labelledby="articles-heading">
          <div className="section__header">
            <h2 id="articles-heading">{t('articlesHeading')}</h2>
            <a href={sectionPath(locale, 'articles')}>{t('allArticles')}</a>
          </div>
          <ArticleGrid articles={articles} locale={locale} />
        </section>
      ) : null}

      {featured.length > 0 ? (
        <section className="section container" aria-labelledby="featured-heading">
          <div className="section__header">
            <h2 id="featured-heading">{t('featuredHeading')}</h2>
          </div>
          <ArticleGrid articles={featured} locale={locale} />
        </section>
      ) : null}

      {primaryClinic ? (
        <section className="section container" aria-labelledby="visit-heading">
          <h2 id="visit-heading">{t('visitHeading')}</h2>
          <div className="narrow">
            <ClinicCard clinic={primaryClinic} headingLevel={3} showDetails={false} locale={locale} />
          </div>
        </section>
      ) : null}
    </>
  );
}
