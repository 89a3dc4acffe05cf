import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { CallBar } from '@/clinic/CallBar';
import { SiteFooter } from './SiteFooter.tsx';
import { SiteHeader } from './SiteHeader.tsx';
import { getSiteChrome, siteNameOf } from './site-chrome-loader.ts';
import { publicEnv } from '@/env/public';
import { pageAlternates } from '@/i18n/alternates';
import { LANGUAGE_TAGS, OPEN_GRAPH_LOCALES, type Locale } from '@/i18n/locales';
import { translator } from '@/i18n/translate';
import { siteOgImage } from '@/seo/metadata';
import { DraftModeTools } from '@/content-client/preview/DraftModeTools';
import { inter } from './fonts.ts';
import '@/shell/styles/base.css';
import '@/shell/styles/layout.css';
import '@/shell/styles/components.css';
import '@/shell/styles/cards.css';
import '@/shell/styles/article.css';

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
