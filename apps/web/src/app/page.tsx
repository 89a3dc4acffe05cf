import type { Metadata } from 'next';
import { fetchArticleList } from '@clinic/content';
import { ArticleGrid } from '@/components/ArticleCard';
import { BenefitCard } from '@/components/BenefitCard';
import { ClinicCard } from '@/components/ClinicCard';
import { ClinicActions } from '@/components/cta/ClinicActions';
import { JsonLd } from '@/components/JsonLd';
import { getHomePage } from '@/data/home';
import { getSiteChrome, siteNameOf } from '@/data/site';
import { publicEnv } from '@/env/public';
import { clinicJsonLd } from '@/lib/jsonld/clinic';
import { cleanMetadata } from '@/lib/metadata';
import { contentFetcher } from '@/sanity/fetch';

export async function generateMetadata(): Promise<Metadata> {
  const { settings } = await getHomePage();
  const siteName = siteNameOf(settings);
  return cleanMetadata({
    title: { absolute: settings?.tagline ? `${siteName} — ${settings.tagline}` : siteName },
    description: settings?.ctaText ?? settings?.tagline ?? undefined,
    alternates: { canonical: '/' },
    openGraph: { url: '/', title: siteName, description: settings?.tagline ?? undefined },
  });
}

const HOME_BENEFITS = 3;
const HOME_ARTICLES = 3;

export default async function HomePage() {
  const [home, { primaryClinic }] = await Promise.all([getHomePage(), getSiteChrome()]);
  const { settings } = home;
  // Featured articles first; when editors have featured none, the latest ones keep the section useful.
  const articles =
    home.featuredArticles.length > 0
      ? home.featuredArticles.slice(0, HOME_ARTICLES)
      : (await fetchArticleList(contentFetcher, { page: 1, pageSize: HOME_ARTICLES })).articles;

  return (
    <>
      {primaryClinic ? <JsonLd data={clinicJsonLd(primaryClinic, publicEnv.siteUrl)} /> : null}
      <section className="hero" aria-labelledby="hero-heading">
        <div className="container">
          <p className="eyebrow">{primaryClinic?.name ?? siteNameOf(settings)}</p>
          <h1 id="hero-heading">{settings?.tagline ?? siteNameOf(settings)}</h1>
          {settings?.ctaText ? <p className="lead">{settings.ctaText}</p> : null}
          <ClinicActions clinic={primaryClinic} actions={['call', 'book', 'directions']} />
        </div>
      </section>

      {home.benefits.length > 0 ? (
        <section className="section container" aria-labelledby="benefits-heading">
          <div className="section__header">
            <h2 id="benefits-heading">What the evidence says</h2>
            <a href="/benefits">All benefits, evidence and sources</a>
          </div>
          <ul className="grid plain-list">
            {home.benefits.slice(0, HOME_BENEFITS).map((benefit) => (
              <li key={benefit._id}>
                <BenefitCard benefit={benefit} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {articles.length > 0 ? (
        <section className="section container" aria-labelledby="articles-heading">
          <div className="section__header">
            <h2 id="articles-heading">Latest articles</h2>
            <a href="/articles">All articles</a>
          </div>
          <ArticleGrid articles={articles} />
        </section>
      ) : null}

      {primaryClinic ? (
        <section className="section container" aria-labelledby="visit-heading">
          <h2 id="visit-heading">Visit the clinic</h2>
          <div className="narrow">
            <ClinicCard clinic={primaryClinic} headingLevel={3} showDetails={false} />
          </div>
        </section>
      ) : null}
    </>
  );
}
