import type { Metadata } from 'next';
import { ClinicCard } from '@/components/ClinicCard';
import { JsonLd } from '@/components/JsonLd';
import { Breadcrumbs } from '@/components/layout/Breadcrumbs';
import { CrisisNotice } from '@/components/article/SafetySections';
import { getSiteChrome } from '@/data/site';
import { publicEnv } from '@/env/public';
import { siteOgImage } from '@/lib/metadata';
import { breadcrumbJsonLd, type Crumb } from '@/lib/jsonld/breadcrumbs';
import { clinicJsonLd } from '@/lib/jsonld/clinic';

export const metadata: Metadata = {
  title: 'Contact and directions',
  description: 'Call, e-mail, book a consultation or get directions to the clinic.',
  alternates: { canonical: '/contact' },
  openGraph: { url: '/contact', title: 'Contact and directions', images: [siteOgImage] },
};

const crumbs: Crumb[] = [
  { name: 'Home', path: '/' },
  { name: 'Contact', path: '/contact' },
];

/** Every clinic record, the primary one first; each shows only the details that passed validation. */
export default async function ContactPage() {
  // The chrome lists the primary clinic first already.
  const { clinics: ordered, settings } = await getSiteChrome();
  return (
    <div className="container">
      {ordered.map((clinic) => (
        <JsonLd key={clinic._id} data={clinicJsonLd(clinic, publicEnv.siteUrl)} />
      ))}
      <JsonLd data={breadcrumbJsonLd(crumbs, publicEnv.siteUrl)} />
      <Breadcrumbs crumbs={crumbs} />
      <h1>Contact and directions</h1>
      <p className="lead narrow">
        Questions about whether ketamine treatment could be right for you are best answered in a conversation. Every
        way to reach the clinic is listed below.
      </p>
      <div className="contact-layout">
        {ordered.length > 0 ? (
          <ul className="stack plain-list">
            {ordered.map((clinic) => (
              <li key={clinic._id}>
                <ClinicCard clinic={clinic} />
              </li>
            ))}
          </ul>
        ) : (
          <p>Contact details are being updated. Please try again shortly.</p>
        )}
        <CrisisNotice text={settings?.crisisNotice ?? null} />
      </div>
    </div>
  );
}
