import type { ReactNode } from 'react';
import { ImageResponse } from 'next/og';
import type { SiteChrome } from '@clinic/content';
import { loadFaces } from './og/fonts.ts';
import { drawableTexts } from './og/text.ts';
import { SOCIAL_CARD_SIZE } from './og/size.ts';

export { SOCIAL_CARD_SIZE };

/** The frame every social card shares (brand gradient, padding, three rows), so both cards look like one site. */
export function SocialCardFrame({ children }: { children: ReactNode }) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '72px',
        background: 'linear-gradient(135deg, #e3f0f2 0%, #ffffff 70%)',
        color: '#1b2631',
      }}
    >
      {children}
    </div>
  );
}

/** Drawn when not even the site's name can be drawn with the bundled fonts. */
const NEUTRAL_SITE_NAME = 'Ketamine therapy clinic';

/**
 * The site's generic card (site name, tagline, the clinic's city), drawn with the bundled fonts only; also what
 * an article shows when its own text has a character no bundled font can draw. A line that cannot be drawn is
 * left out as a whole rather than shown with characters missing.
 */
export function siteCardResponse(chrome: Pick<SiteChrome, 'settings' | 'primaryClinic'>, siteName: string): ImageResponse {
  const address = chrome.primaryClinic?.address;
  const place = address ? `${address.addressLocality}, ${address.addressRegion}` : '';
  const drawable =
    drawableTexts({ siteName: [siteName, 60], tagline: [chrome.settings?.tagline ?? '', 120], place: [place, 60] }) ??
    drawableTexts({ siteName: [siteName, 60], tagline: ['', 1], place: ['', 1] }) ??
    drawableTexts({ siteName: [NEUTRAL_SITE_NAME, 60], tagline: ['', 1], place: ['', 1] })!;
  const { texts } = drawable;
  return new ImageResponse(
    <SocialCardFrame>
      <div style={{ display: 'flex', fontSize: 36, color: '#0b5563' }}>{texts.siteName}</div>
      <div style={{ display: 'flex', fontSize: 64, lineHeight: 1.15, maxWidth: 1000 }}>{texts.tagline}</div>
      <div style={{ display: 'flex', fontSize: 28, color: '#4a5866' }}>{texts.place}</div>
    </SocialCardFrame>,
    { ...SOCIAL_CARD_SIZE, fonts: loadFaces(drawable.faces) },
  );
}

/**
 * Drops the `Cache-Control: public, max-age=0, must-revalidate` ImageResponse sets, so that Next sends the one
 * it derives from the route's revalidate time (`s-maxage=…, stale-while-revalidate=…`), as for pages: a CDN may
 * then cache the card, and the content cache tags refresh it with the article.
 */
export function cacheableLikePages(image: Response): Response {
  image.headers.delete('cache-control');
  return image;
}
