import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { CallBar } from '@/components/cta/CallBar';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { getSiteChrome, siteNameOf } from '@/data/site';
import { publicEnv } from '@/env/public';
import { pageAlternates } from '@/i18n/alternates';
import { LANGUAGE_TAGS, OPEN_GRAPH_LOCALES, type Locale } from '@/i18n/locales';
import { translator } from '@/i18n/translate';
import { siteOgImage } from '@/lib/metadata';
import { DraftModeTools } from '@/sanity/preview/DraftModeTools';
import { inter } from '@/app/fonts';
import '@/styles/base.css';
import '@/styles/layout.css';
import '@/styles/components.css';
import '@/styles/cards.css';
import '@/styles/article.css';

// The document every page of one language shares. Each language has its own root layout (app/(en)/layout.tsx,
// app/es/layout.tsx) so that `<html lang>` is right in the prerendered HTML without reading the request.

/** Metadata every page of a language inherits: title template, site name, Open Graph locale, feed link. */
export async function siteMetadata(locale: Locale): Promise<Metadata> {
  const { settings } = await getSiteChrome(locale);
  const siteName = siteNameOf(settings, locale);
  return {
    metadataBase: new URL(publicEnv.siteUrl),
    title: { default: siteName, template: `%s | ${siteName}` },
    description: settings?.tagline ?? undefined,
    applicationName: siteName,
    openGraph: { siteName, locale: OPEN_GRAPH_LOCALES[locale], type: 'website', images: [siteOgImage(locale)] },
    twitter: { card: 'summary_large_image', images: [siteOgImage(locale).url] },
    alternates: pageAlternates(locale),
  };
}

export const viewport: Viewport = {
  themeColor: '#0b5563',
  width: 'device-width',
  initialScale: 1,
};

export async function SiteDocument({ locale, children }: { locale: Locale; children: ReactNode }) {
  const { settings, primaryClinic } = await getSiteChrome(locale);
  const siteName = siteNameOf(settings, locale);
  return (
    <html lang={LANGUAGE_TAGS[locale]} className={inter.variable}>
      <body>
        <a className="skip-link" href="#main">
          {translator(locale, 'Site')('skipLink')}
        </a>
        <SiteHeader siteName={siteName} clinic={primaryClinic} locale={locale} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter settings={settings} clinic={primaryClinic} siteName={siteName} locale={locale} />
        <CallBar clinic={primaryClinic} locale={locale} />
        <DraftModeTools locale={locale} />
      </body>
    </html>
  );
}
