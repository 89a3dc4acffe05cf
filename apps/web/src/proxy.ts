import { NextResponse, type NextRequest } from 'next/server';
import { createNonce, DRAFT_MODE_COOKIE, sitePolicy } from '@/http/security-headers';
import { publicEnv } from '@/env/public';
import { articleListRoute } from '@/article/article-paths';
import { RETRY_AFTER_SECONDS, UNAVAILABLE_PAGES } from '@/shell/status-pages';
import { LOCALES, type Locale } from '@/i18n/locales';
import { sectionPath } from '@/i18n/paths';
import { articleAddressOf, contentPageOf } from '@/http/content-pages';

/**
 * Runs only where a request cannot simply be answered from Next's cache (see `config.matcher`):
 *
 * - draft mode: the page renders per request anyway, so it gets its own CSP nonce (why: src/http/security-headers.ts).
 *   The policy goes on the request too: Next reads the nonce from the request's Content-Security-Policy header
 *   while rendering and adds it to the scripts it writes.
 * - `/articles?topic=…&page=…` and `/es/articulos?…`: rewritten to the cached, path-only list route of their
 *   language (src/article/article-paths.ts).
 *
 * - `/articles/<slug>` and `/es/articulos/<slug>` with a query string: an old address of an article is answered
 *   here with a 308 to the current one, the query string kept (src/http/old-article-address.ts). Without a query
 *   string the proxy returns at once and the page's cached redirect answers.
 *
 * - `/search?q=…` and `/es/buscar?q=…`, rendered per request: while the content backend does not answer, the
 *   language's cached "content unavailable" page with 503 and `Retry-After` (src/http/backend-status.ts).
 *
 * - every address built from content (src/http/content-pages.ts: section pages, article lists, articles, feeds,
 *   llms.txt, the sitemap), while the content backend does not answer: the answer as the cache has it, or, when it
 *   is not cached (a new article, a list page not visited yet, anything a publish expired), 503 with
 *   `Retry-After`: for a page, the language's "content unavailable" page. Next renders a page that fails on the
 *   server as an empty document with status 500 and leaves the error view to the browser's JavaScript
 *   (vercel/next.js#62228), so the proxy asks this server for the address itself first and answers with the error
 *   page when that fails or does not finish in time. While the backend answers, this costs one remembered check.
 *
 * Hashed build files, images and the API never pass through here.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const { pathname, searchParams } = request.nextUrl;
  // The query string as the visitor sent it (nextUrl re-encodes it: "%20" would become "+").
  const { search } = new URL(request.url);
  const searchLocale = LOCALES.find((locale) => pathname === sectionPath(locale, 'search'));
  // The content modules are loaded on first use (they are server-only; the unit test reads this file's config).
  if (searchLocale && searchParams.has('q')) {
    const { contentBackendIsUp } = await import('@/http/backend-status');
    if (!(await contentBackendIsUp())) return unavailable(request, searchLocale);
  }
  const contentPage = contentPageOf(pathname);
  if (contentPage && !request.headers.has(CACHE_CHECK_HEADER)) {
    const { contentBackendIsUp } = await import('@/http/backend-status');
    if (!(await contentBackendIsUp())) return cachedOrUnavailable(request, contentPage);
  }
  if (search !== '' && articleAddressOf(pathname)) {
    const { oldArticleAddressTarget } = await import('@/http/old-article-address');
    const oldAddressTarget = await oldArticleAddressTarget(pathname, search);
    // One hop, one Location.
    if (oldAddressTarget) return NextResponse.redirect(new URL(oldAddressTarget, request.url), 308);
  }
  const listLocale = LOCALES.find((locale) => pathname === sectionPath(locale, 'articles'));
  const requestHeaders = new Headers(request.headers);
  let policy: string | null = null;
  if (request.cookies.has(DRAFT_MODE_COOKIE)) {
    policy = sitePolicy(createNonce(), publicEnv, process.env.NODE_ENV === 'development');
    requestHeaders.set('content-security-policy', policy);
  }
  const response =
    listLocale && (searchParams.has('topic') || searchParams.has('page'))
      ? NextResponse.rewrite(new URL(articleListRoute(searchParams, listLocale), request.url), {
          request: { headers: requestHeaders },
        })
      : NextResponse.next({ request: { headers: requestHeaders } });
  if (policy) response.headers.set('content-security-policy', policy);
  return response;
}

/** Marks the proxy's own request for a page while the backend is down, which goes to the cache without a check. */
const CACHE_CHECK_HEADER = 'x-clinic-cache-check';
/** How long a page may take to come from the cache (or to render) while the backend is down, in ms. */
const CACHED_PAGE_WAIT_MS = 3_000;

/** This server's own address, for reading a page from its cache. */
const ownOrigin = (request: NextRequest) =>
  process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : request.nextUrl.origin;

/**
 * While the backend is down: the page at the request's address as this server answers it (from its cache, a
 * redirect or a 404 included), or the "content unavailable" page of `locale` when that answer is a server error
 * or does not come within CACHED_PAGE_WAIT_MS (a render waiting on the backend).
 */
async function cachedOrUnavailable(
  request: NextRequest,
  { locale, html }: { locale: Locale; html: boolean },
): Promise<NextResponse> {
  const url = new URL(request.nextUrl.pathname + request.nextUrl.search, ownOrigin(request));
  try {
    const page = await fetch(url, {
      headers: { [CACHE_CHECK_HEADER]: '1', accept: request.headers.get('accept') ?? 'text/html' },
      redirect: 'manual',
      cache: 'no-store',
      signal: AbortSignal.timeout(CACHED_PAGE_WAIT_MS),
    });
    if (page.status < 500) {
      const headers = new Headers(page.headers);
      // The body is handed on as it is; fetch has already decoded it.
      headers.delete('content-encoding');
      headers.delete('content-length');
      headers.delete('transfer-encoding');
      return new NextResponse(page.body, { status: page.status, headers });
    }
  } catch {
    // No answer in time: the render is waiting on the backend.
  }
  if (html) return unavailable(request, locale);
  return new NextResponse('The content is not available right now. Please try again shortly.\n', {
    status: 503,
    headers: unavailableHeaders('text/plain; charset=utf-8'),
  });
}

/** The headers of a 503 while the backend is down: try again later, and keep no copy. */
const unavailableHeaders = (contentType: string) => ({
  'Content-Type': contentType,
  'Retry-After': String(RETRY_AFTER_SECONDS),
  'Cache-Control': 'no-store',
});

/**
 * The "content unavailable" page of `locale` (rendered at build time and cached, so it is there while the
 * backend is down) with status 503 and `Retry-After`: a search cannot be answered without the backend, and Next
 * gives a page no way to answer 503 itself. Read from this server (it is a cached page, no rendering).
 */
async function unavailable(request: NextRequest, locale: Locale): Promise<NextResponse> {
  const page = await fetch(new URL(UNAVAILABLE_PAGES[locale], ownOrigin(request)), { cache: 'no-store' });
  return new NextResponse(page.body, {
    status: 503,
    headers: unavailableHeaders('text/html; charset=utf-8'),
  });
}

export const config = {
  // Literal values only: Next reads this object at build time. The cookie is DRAFT_MODE_COOKIE (a unit test
  // checks they agree). Hashed build files and proxied images are not documents and need no policy of their own.
  matcher: [
    {
      source: '/((?!_next/static|_next/image|cdn/images).*)',
      has: [{ type: 'cookie', key: '__prerender_bypass' }],
    },
    // Searches: answered 503 while the content backend is down.
    { source: '/search', has: [{ type: 'query', key: 'q' }] },
    { source: '/es/buscar', has: [{ type: 'query', key: 'q' }] },
    // Article addresses (a matcher cannot ask for "any query string"; the proxy checks) and every other address
    // built from content (src/http/content-pages.ts; a unit test checks they are all here): answered 503 while the
    // backend is down and they are not cached. The article lists' topic pages are rewritten here too.
    { source: '/' },
    { source: '/articles' },
    { source: '/benefits' },
    { source: '/contact' },
    { source: '/editorial-policy' },
    { source: '/feed.xml' },
    { source: '/llms.txt' },
    { source: '/es' },
    { source: '/es/articulos' },
    { source: '/es/beneficios' },
    { source: '/es/contacto' },
    { source: '/es/politica-editorial' },
    { source: '/es/feed.xml' },
    { source: '/es/llms.txt' },
    { source: '/sitemap.xml' },
    { source: '/articles/:slug' },
    { source: '/es/articulos/:slug' },
  ],
};
