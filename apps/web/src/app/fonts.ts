import localFont from 'next/font/local';

/**
 * Inter (variable weight, Latin subset) from @fontsource-variable/inter, served by the site itself: no request
 * to a font CDN, and next/font preloads it and sizes the fallback to avoid layout shift.
 */
export const inter = localFont({
  src: '../../../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  weight: '100 900',
  style: 'normal',
  display: 'swap',
  variable: '--font-inter',
});
