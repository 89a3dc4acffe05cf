import 'server-only';
import { fetchSitemapEntries, type SitemapEntries } from '@clinic/content';
import { articlePaths, type PagePaths } from '@/i18n/alternates';
import { LANGUAGE_TAGS, LOCALES, type Locale } from '@/i18n/locales';
import { sectionPaths, type Section } from '@/i18n/paths';
import type { SitemapEntry } from './sitemap-xml.ts';
import { absoluteUrl } from '@/seo/site-url';
import { contentFetcher } from '@/content-client/fetch';

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

/** An entry for the page at `paths[locale]`, with its alternates when it has translations. */
function entry(locale: Locale, paths: PagePaths, lastModified: string | null | undefined): SitemapEntry {
  const alternates = alternatesOf(paths);
  return { url: absoluteUrl(paths[locale]!), lastModified: lastModified ?? undefined, ...(alternates ? { alternates } : {}) };
}

/** One language's pages: its section pages and its articles, each with its last change. */
function languageEntries(locale: Locale, entries: SitemapEntries): SitemapEntry[] {
  const latestArticle = entries.articles.map((article) => article.modifiedAt).sort().at(-1);
  const section = (name: Section, lastModified: string | undefined) => entry(locale, sectionPaths(name), lastModified);
  return [
    section('home', newest(latestArticle, entries.benefitsUpdatedAt, entries.clinicsUpdatedAt, entries.settingsUpdatedAt)),
    section('articles', latestArticle),
    section('benefits', entries.benefitsUpdatedAt ?? undefined),
    section('contact', newest(entries.clinicsUpdatedAt, entries.settingsUpdatedAt)),
    // The policy's text is the site's own, so it has no content date to give.
    section('editorialPolicy', undefined),
    ...entries.articles.map((article) => entry(locale, articlePaths(article, locale), article.modifiedAt)),
  ];
}

/**
 * The sitemap's entries: every public page in every language with the date its content last changed and, where
 * it has translations, `xhtml:link` alternates to each (served by app/sitemap.xml). English first.
 */
export async function sitemapEntries(): Promise<SitemapEntry[]> {
  const perLanguage = await Promise.all(LOCALES.map((locale) => fetchSitemapEntries(contentFetcher, locale)));
  return LOCALES.flatMap((locale, index) => languageEntries(locale, perLanguage[index]!));
}
