import 'server-only';
import { fetchSitemapEntries } from '@clinic/content';
import { articlePaths, type PagePaths } from '@/i18n/alternates';
import { isLocale, LANGUAGE_TAGS, LOCALES, type Locale } from '@/i18n/locales';
import { sectionPaths, type Section } from '@/i18n/paths';
import type { SitemapEntry } from '@/lib/sitemap-xml';
import { absoluteUrl } from '@/lib/site-url';
import { contentFetcher } from '@/sanity/fetch';

function newest(...dates: (string | null | undefined)[]): string | undefined {
  const valid = dates.filter((date): date is string => typeof date === 'string');
  return valid.sort().at(-1);
}

/** The `hreflang` alternates of a page that exists in more than one language (none for a single-language page). */
function alternatesOf(paths: PagePaths): SitemapEntry['alternates'] {
  const present = LOCALES.filter((locale) => paths[locale]);
  if (present.length < 2) return undefined;
  const languages: Record<string, string> = {};
  for (const locale of present) languages[LANGUAGE_TAGS[locale]] = absoluteUrl(paths[locale]!);
  languages['x-default'] = absoluteUrl(paths.en!);
  return { languages };
}

/** One entry per language version of a page, each listing every version (Google's sitemap form of hreflang). */
function versions(paths: PagePaths, lastModified: string | undefined): SitemapEntry[] {
  const alternates = alternatesOf(paths);
  return LOCALES.filter((locale) => paths[locale]).map((locale) => ({
    url: absoluteUrl(paths[locale]!),
    lastModified,
    ...(alternates ? { alternates } : {}),
  }));
}

/**
 * The sitemap's entries: every public page in every language with the date its content last changed and its
 * translations (served by app/sitemap.xml).
 */
export async function sitemapEntries(): Promise<SitemapEntry[]> {
  const entries = await fetchSitemapEntries(contentFetcher);
  const latestArticle = entries.articles.map((article) => article._updatedAt).sort().at(-1);
  const section = (name: Section, lastModified: string | undefined) => versions(sectionPaths(name), lastModified);
  const articleLocale = (article: object): Locale => {
    const language = (article as { language?: unknown }).language;
    return isLocale(language) ? language : 'en';
  };
  return [
    ...section('home', newest(latestArticle, entries.benefitsUpdatedAt, entries.clinicsUpdatedAt, entries.settingsUpdatedAt)),
    ...section('articles', latestArticle),
    ...section('benefits', entries.benefitsUpdatedAt ?? undefined),
    ...section('contact', newest(entries.clinicsUpdatedAt, entries.settingsUpdatedAt)),
    ...entries.articles.map((article) => {
      const locale = articleLocale(article);
      const paths = articlePaths(article, locale);
      const alternates = alternatesOf(paths);
      return { url: absoluteUrl(paths[locale]!), lastModified: article._updatedAt, ...(alternates ? { alternates } : {}) };
    }),
  ];
}
