/**
 * Pages that set their own `openGraph` replace the parent's, which drops the site-wide social card generated
 * by app/opengraph-image.tsx; they add it back with this.
 */
export const siteOgImage = { url: '/opengraph-image', width: 1200, height: 630, alt: 'The clinic name and what the site offers' };
