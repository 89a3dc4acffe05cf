import type { ReactNode } from 'react';
import { cleanMetadata } from '@/seo/metadata';
import { SiteDocument, siteMetadata } from '@/shell/SiteDocument';

export { viewport } from '@/shell/SiteDocument';

// The English site's root layout; the Spanish one is app/es/layout.tsx. Both render the same document.

export async function generateMetadata() {
  return cleanMetadata(await siteMetadata('en'));
}

export default function EnglishLayout({ children }: { children: ReactNode }) {
  return <SiteDocument locale="en">{children}</SiteDocument>;
}
