import { siteSocialCard } from '@/shell/SiteSocialCard';

// The site's default social card in this language, cached like a page (a route handler rather than the
// opengraph-image file convention, which gives cards inside a route group a hashed URL).
export const dynamic = 'force-static';
export const revalidate = 300;

export function GET(): Promise<Response> {
  return siteSocialCard('en');
}
