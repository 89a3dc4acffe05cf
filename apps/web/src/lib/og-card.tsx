import type { ReactNode } from 'react';

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

/**
 * Drops the `Cache-Control: public, max-age=0, must-revalidate` ImageResponse sets, so that Next sends the one
 * it derives from the route's revalidate time (`s-maxage=…, stale-while-revalidate=…`), as for pages: a CDN may
 * then cache the card, and the content cache tags refresh it with the article.
 */
export function cacheableLikePages(image: Response): Response {
  image.headers.delete('cache-control');
  return image;
}
