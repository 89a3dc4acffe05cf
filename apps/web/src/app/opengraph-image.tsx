import { ImageResponse } from 'next/og';
import { stegaClean } from 'next-sanity';
import { getSiteChrome, siteNameOf } from '@/data/site';
import { cacheableLikePages, SocialCardFrame } from '@/lib/og-card';
import { ogSafeText } from '@/lib/og-text';

export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const alt = 'The clinic name and what the site offers';

/** The default social card (pages without their own): site name, tagline and the clinic's city. */
export default async function OpenGraphImage() {
  const { settings, primaryClinic } = stegaClean(await getSiteChrome());
  const siteName = ogSafeText(siteNameOf(settings), 60);
  const tagline = ogSafeText(settings?.tagline ?? '', 120);
  const place = primaryClinic?.address
    ? ogSafeText(`${primaryClinic.address.addressLocality}, ${primaryClinic.address.addressRegion}`, 60)
    : '';
  return cacheableLikePages(
    new ImageResponse(
      <SocialCardFrame>
        <div style={{ display: 'flex', fontSize: 36, color: '#0b5563' }}>{siteName}</div>
        <div style={{ display: 'flex', fontSize: 64, lineHeight: 1.15, maxWidth: 1000 }}>{tagline}</div>
        <div style={{ display: 'flex', fontSize: 28, color: '#4a5866' }}>{place}</div>
      </SocialCardFrame>,
      size,
    ),
  );
}
