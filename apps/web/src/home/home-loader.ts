import 'server-only';
import { cache } from 'react';
import { fetchHomePage } from '@clinic/content';
import type { Locale } from '@/i18n/locales';
import { contentFetcher } from '@/content-client/fetch';

/** The home page's data in a language, fetched and validated once per request for both metadata and the page. */
export const getHomePage = cache((locale: Locale = 'en') => fetchHomePage(contentFetcher, locale));
