import { feedResponse } from '@/feeds/feed';

// Rendered once and cached like a page; the content cache tags refresh it (route handlers are dynamic by default).
export const dynamic = 'force-static';
export const revalidate = 300;

export function GET(): Promise<Response> {
  return feedResponse('es');
}
