import type { Metadata } from 'next';
import { EVIDENCE_LEVELS, fetchBenefits } from '@clinic/content';
import { BenefitCard } from '@/components/BenefitCard';
import { CallToAction } from '@/components/cta/CallToAction';
import { JsonLd } from '@/components/JsonLd';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { Disclaimer, RisksLink } from '@/components/article/SafetySections';
import { getSiteChrome } from '@/data/site';
import { publicEnv } from '@/env/public';
import { siteOgImage } from '@/lib/metadata';
import { breadcrumbJsonLd, type Crumb } from '@/lib/jsonld/breadcrumbs';
import { contentFetcher } from '@/sanity/fetch';

export const metadata: Metadata = {
  title: 'Benefits and the evidence behind them',
  description: 'What ketamine treatment may and may not do, for whom, and how strong the evidence is — with sources.',
  alternates: { canonical: '/benefits' },
  openGraph: { url: '/benefits', title: 'Benefits and the evidence behind them', images: [siteOgImage] },
};

const crumbs: Crumb[] = [
  { name: 'Home', path: '/' },
  { name: 'Benefits', path: '/benefits' },
];

export default async function BenefitsPage() {
  const [benefits, { settings, primaryClinic }] = await Promise.all([fetchBenefits(contentFetcher), getSiteChrome()]);
  return (
    <div className="container">
      <JsonLd data={breadcrumbJsonLd(crumbs, publicEnv.siteUrl)} />
      <Breadcrumbs crumbs={crumbs} />
      <h1>Benefits and the evidence behind them</h1>
      <p className="lead narrow">
        Each statement says who it applies to and how strong the evidence is. Ketamine does not help everyone, and
        its effects are often short-lived. <RisksLink />
      </p>
      <section aria-labelledby="levels-heading" className="narrow">
        <h2 id="levels-heading">How to read the evidence levels</h2>
        <dl className="evidence-legend">
          {EVIDENCE_LEVELS.map((level) => (
            <div key={level.value}>
              <dt>{level.label}</dt>
              <dd>{level.description}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="statements-heading" className="section">
        <h2 id="statements-heading">What the research supports</h2>
        {benefits.length > 0 ? (
          <ul className="grid plain-list">
            {benefits.map((benefit) => (
              <li key={benefit._id}>
                <BenefitCard benefit={benefit} showReferences />
              </li>
            ))}
          </ul>
        ) : (
          <p>No benefit statements have been published yet.</p>
        )}
      </section>
      <div className="narrow">
        <Disclaimer text={settings?.medicalDisclaimer ?? null} />
        <CallToAction clinic={primaryClinic} settings={settings} />
      </div>
    </div>
  );
}
