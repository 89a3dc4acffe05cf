import type { Locale } from '../i18n/locales.ts';

/**
 * The not-found page of each language: a cached page that answers 404 with the not-found view inside the site
 * layout (shell/ServerNotFound.tsx). next.config.ts rewrites every address no route has to the one of its
 * language, so an unknown address costs no rendering and no cache entry of its own.
 */
export const NOT_FOUND_PAGES: Record<Locale, string> = { en: '/page-not-found', es: '/es/pagina-no-encontrada' };

/**
 * The "content unavailable" page of each language, rendered at build time and kept in the cache, so it can be
 * shown while the content backend is down; src/proxy.ts answers a search with it (503, `Retry-After`) then.
 */
export const UNAVAILABLE_PAGES: Record<Locale, string> = { en: '/page-unavailable', es: '/es/pagina-no-disponible' };

/** Seconds a visitor (or crawler) is asked to wait before trying again while the content backend is down. */
export const RETRY_AFTER_SECONDS = 60;
