import type { ReactNode } from 'react';
import { cleanMetadata } from '@/seo/metadata';
import { SiteDocument, siteMetadata } from '@/shell/SiteDocument';

export { viewport } from '@/shell/SiteDocument';

// The Spanish site's root layout (pages under /es); the English one is app/(en)/layout.tsx. Both render the same document.

export async function generateMetadata() {
  return cleanMetadata(await siteMetadata('es'));
}

export default function SpanishLayout({ children }: { children: ReactNode }) {
  return <SiteDocument locale="es">{children}</SiteDocument>;
}
