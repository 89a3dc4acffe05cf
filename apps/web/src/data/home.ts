import 'server-only';
import { cache } from 'react';
import { fetchHomePage } from '@clinic/content';
import { contentFetcher } from '@/sanity/fetch';

/** The home page's data, fetched and validated once per request for both metadata and the page. */
export const getHomePage = cache(() => fetchHomePage(contentFetcher));
