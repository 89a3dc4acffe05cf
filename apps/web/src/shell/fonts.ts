import localFont from 'next/font/local';

/**
 * Inter (variable weight, Latin subset) from @fontsource-variable/inter, served by the site itself: no request
 * to a font CDN, and next/font sizes the fallback to match it so nothing shifts.
 *
 * `optional` without a preload: the font is used when the browser already has it (from an earlier page, or
 * arriving within the first moments), otherwise the size-matched system font stays for that page view. Text is
 * never re-flowed, and the 49 kB file does not compete with the page's own requests on a first visit. Measured
 * with `npm run bench` on a quiet machine (scripts/load/README.md): with the preload, total blocking time was up
 * to 2.1× the one-page app's and performance 89–98; without it, at most 1.0× and 95–98. `swap` instead moved the
 * Spanish pages' layout (CLS 0.31).
 */
export const inter = localFont({
  src: '../../../../node_modules/@fontsource-variable/inter/files/inter-latin-wght-normal.woff2',
  weight: '100 900',
  style: 'normal',
  display: 'optional',
  preload: false,
  variable: '--font-inter',
});
