import { stegaClean } from 'next-sanity';
import { getAllArticleSummaries } from '@/article/list/article-list-loader';
import { getBenefits } from '@/benefit/benefits-loader';
import { getSiteChrome, siteNameOf } from '@/shell/site-chrome-loader';
import type { Locale } from '@/i18n/locales';
import { llmsTxt } from './llms-txt.ts';

/**
 * The llms.txt of a language (`/llms.txt`, `/es/llms.txt`; text in src/feeds/llms-txt.ts): every article the site
 * shows in that language (a translation only once reviewed, as everywhere), its benefits page and the clinic's
 * contact lines. Served by static route handlers refreshed with the same cache tags as the pages.
 */
export async function llmsTxtResponse(locale: Locale): Promise<Response> {
  const [articles, benefits, { settings, primaryClinic }] = await Promise.all([
    getAllArticleSummaries(locale),
    getBenefits(locale),
    getSiteChrome(locale),
  ]);
  const clean = stegaClean({ articles, benefits, settings, primaryClinic });
  const text = llmsTxt(locale, {
    siteName: siteNameOf(clean.settings, locale),
    tagline: clean.settings?.tagline ?? null,
    clinic: clean.primaryClinic,
    benefitCount: clean.benefits.length,
    articles: clean.articles,
  });
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
