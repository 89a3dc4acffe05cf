import localFont from 'next/font/local';

/**
 * Inter (variable weight, Latin subset) from @fontsource-variable/inter, served by the site itself: no request
 * to a font CDN, and next/font preloads it and sizes the fallback to avoid layout shift.
 *
 * `optional`: the preloaded font is used when it arrives within the first moments, otherwise the size-matched
 * system font stays for that page view. Text never re-flows after it is first painted, which keeps the largest
 * paint early on slow phones.
 */
export const inter = localFont({
  src: '../../../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  weight: '100 900',
  style: 'normal',
  display: 'optional',
  variable: '--font-inter',
});
