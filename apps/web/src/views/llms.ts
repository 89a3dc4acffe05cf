import { stegaClean } from 'next-sanity';
import { getAllArticleSummaries, getBenefits } from '@/data/articles';
import { getSiteChrome, siteNameOf } from '@/data/site';
import type { Locale } from '@/i18n/locales';
import { llmsTxt } from '@/lib/llms-txt';

/**
 * The llms.txt of a language (`/llms.txt`, `/es/llms.txt`; text in src/lib/llms-txt.ts): every article the site
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
