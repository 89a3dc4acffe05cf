import { fetchArticleRedirect } from '@clinic/content';
import { articlePath } from '@/i18n/paths';
import { articleAddressOf } from './content-pages.ts';
import { contentFetcherOutsideRender } from '@/content-client/fetch';

/**
 * Where an old article address with a query string leads, with the query string kept (`/articles/old?utm_source=x`
 * → `/articles/new?utm_source=x`), or null when the address is not an old one or the content backend cannot say.
 * The article page answers old addresses itself, but from its cache, where the query string is not known
 * (vercel/next.js#34942); the proxy asks this first for requests that carry one.
 */
export async function oldArticleAddressTarget(pathname: string, search: string): Promise<string | null> {
  if (search === '' || search === '?') return null;
  try {
    const address = articleAddressOf(pathname);
    if (!address) return null;
    const target = await fetchArticleRedirect(contentFetcherOutsideRender, address.slug, address.locale);
    return target ? `${articlePath(address.locale, target)}${search}` : null;
  } catch {
    // Backend down or a malformed address: the page answers as it would without a query string.
    return null;
  }
}
