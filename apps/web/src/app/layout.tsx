import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { CallBar } from '@/components/cta/CallBar';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { getSiteChrome, siteNameOf } from '@/data/site';
import { publicEnv } from '@/env/public';
import { cleanMetadata } from '@/lib/metadata';
import { DraftModeTools } from '@/sanity/preview/DraftModeTools';
import { inter } from './fonts.ts';
import '@/styles/base.css';
import '@/styles/layout.css';
import '@/styles/components.css';
import '@/styles/cards.css';
import '@/styles/article.css';

export async function generateMetadata(): Promise<Metadata> {
  const { settings } = await getSiteChrome();
  const siteName = siteNameOf(settings);
  return cleanMetadata({
    metadataBase: new URL(publicEnv.siteUrl),
    title: { default: siteName, template: `%s | ${siteName}` },
    description: settings?.tagline ?? undefined,
    applicationName: siteName,
    openGraph: { siteName, locale: 'en_US', type: 'website' },
    twitter: { card: 'summary_large_image' },
    alternates: { types: { 'application/rss+xml': '/feed.xml' } },
  });
}

export const viewport: Viewport = {
  themeColor: '#0b5563',
  width: 'device-width',
  initialScale: 1,
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { settings, primaryClinic } = await getSiteChrome();
  const siteName = siteNameOf(settings);
  return (
    <html lang="en-US" className={inter.variable}>
      <body>
        <a className="skip-link" href="#main">
          Skip to main content
        </a>
        <SiteHeader siteName={siteName} clinic={primaryClinic} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter settings={settings} clinic={primaryClinic} siteName={siteName} />
        <CallBar clinic={primaryClinic} />
        <DraftModeTools />
      </body>
    </html>
  );
}
