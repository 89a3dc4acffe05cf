import type { Metadata } from 'next';
import { fetchTopicsInUse, mentionsCrisis, SEARCH_RESULT_LIMIT, type SearchResult } from '@clinic/content';
import { CrisisNotice } from '@/article/SafetySections';
import { CallLink } from '@/clinic/CallLink';
import { LanguageSwitch } from '@/shell/LanguageSwitch';
import { Highlighted } from './Highlighted.tsx';
import { SearchForm } from './SearchForm.tsx';
import { searchArticles } from './search-loader.ts';
import { getSiteChrome } from '@/shell/site-chrome-loader';
import { pageAlternates } from '@/i18n/alternates';
import { otherLocale, type Locale } from '@/i18n/locales';
import { articlePath, sectionPath } from '@/i18n/paths';
import { topicName, translator } from '@/i18n/translate';
import { articlesPath } from '@/article/article-paths';
import { contentFetcher } from '@/content-client/fetch';

// The search page of either language (/search, /es/buscar). It reads the query string, so it renders per request;
// next.config.ts lets a shared cache keep each search URL as long as a cached page. Result pages are not indexed
// (a search engine should list the articles, not searches for them) but their links are followed, and the
// sitemap has no search URLs.

/** The `q` of a search URL: the first when repeated, '' when absent. */
export function searchQueryOf(q: string | string[] | undefined): string {
  return Array.isArray(q) ? (q[0] ?? '') : (q ?? '');
}

/** The `page` of a search URL: a positive whole number, else 1 (absent, repeated, `0`, `2.5`, `x`). */
export function searchPageOf(page: string | string[] | undefined): number {
  const value = Array.isArray(page) ? page[0] : page;
  return value !== undefined && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : 1;
}

/** The address of page `page` of the search for `query` in a language (`/es/buscar?q=dolor&page=2`). */
export function searchPath(locale: Locale, query: string, page = 1): string {
  const params = new URLSearchParams({ q: query });
  if (page > 1) params.set('page', String(page));
  return `${sectionPath(locale, 'search')}?${params.toString()}`;
}

export function searchMetadata(locale: Locale, query: string): Metadata {
  const t = translator(locale, 'Search');
  const shown = query.trim().slice(0, 80);
  return {
    title: shown === '' ? t('pageTitle') : t('resultsTitle', { query: shown }),
    robots: { index: false, follow: true },
    alternates: pageAlternates(locale, sectionPath(locale, 'search')),
  };
}

/**
 * The form, the crisis notice when the search is about suicide or self-harm, a "showing results for" line when
 * spelling was corrected, and the ranked results with the searched words marked; with no search or no result,
 * the topics and the clinic's phone instead. Searches the content of the page's language only.
 */
export async function SearchView({ query, page = 1, locale }: { query: string; page?: number; locale: Locale }) {
  const t = translator(locale, 'Search');
  const [answer, { settings, primaryClinic }, topics] = await Promise.all([
    searchArticles(query, locale, page),
    getSiteChrome(locale),
    fetchTopicsInUse(contentFetcher, locale),
  ]);
  const crisis =
    mentionsCrisis(answer.query) || (answer.correctedQuery !== null && mentionsCrisis(answer.correctedQuery));
  const found = answer.total > 0;
  const heading =
    answer.query === ''
      ? t('pageTitle')
      : found
        ? t('resultsTitle', { query: answer.query })
        : t('noResultsTitle', { query: answer.query });
  const otherSearch = sectionPath(otherLocale(locale), 'search');
  return (
    <div className="container narrow search-page">
      <LanguageSwitch
        locale={locale}
        translation={{
          path: answer.query === '' ? otherSearch : `${otherSearch}?q=${encodeURIComponent(answer.query)}`,
          exact: true,
        }}
      />
      <h1>{heading}</h1>
      <SearchForm locale={locale} place="page" query={answer.query} />
      {crisis ? <CrisisNotice text={settings?.crisisNotice ?? null} locale={locale} /> : null}
      {found ? (
        <>
          {answer.correctedQuery ? (
            <p className="search-page__corrected">
              {t('showingResultsFor')} <strong>{answer.correctedQuery}</strong>
            </p>
          ) : null}
          <p className="meta">
            {answer.total === 1 ? t('resultCountOne') : t('resultCount', { count: answer.total })}
          </p>
          <ol className="plain-list search-results" start={(answer.page - 1) * SEARCH_RESULT_LIMIT + 1}>
            {answer.results.map((result) => (
              <li key={result.article._id}>
                <ResultCard result={result} locale={locale} />
              </li>
            ))}
          </ol>
          <SearchPagination query={answer.query} page={answer.page} pageCount={answer.pageCount} locale={locale} />
        </>
      ) : (
        <>
          <p className="lead">{answer.query === '' ? t('noQueryLead') : t('noResultsLead')}</p>
          {topics.length > 0 ? (
            <section aria-labelledby="search-topics-heading">
              <h2 id="search-topics-heading">{t('topicsHeading')}</h2>
              <ul className="search-page__topics">
                {topics.map((topic) => (
                  <li key={topic.value}>
                    <a href={articlesPath({ topic: topic.value }, locale)}>
                      {topicName(locale, topic.value)}
                    </a>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {primaryClinic?.phone ? (
            <section aria-labelledby="search-call-heading" className="search-page__call">
              <h2 id="search-call-heading">{t('callHeading')}</h2>
              <p>{t('callLead')}</p>
              <CallLink phone={primaryClinic.phone} locale={locale} />
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}

/** Previous and next links between the pages of a search, as the article list has them. */
function SearchPagination({ query, page, pageCount, locale }: { query: string; page: number; pageCount: number; locale: Locale }) {
  if (pageCount <= 1 && page <= 1) return null;
  const t = translator(locale, 'ArticleList');
  return (
    <nav className="pagination" aria-label={t('pagesLabel')}>
      <ul>
        {page > 1 ? (
          <li>
            <a href={searchPath(locale, query, Math.min(page - 1, Math.max(pageCount, 1)))} rel="prev">
              {t('previous')}
            </a>
          </li>
        ) : null}
        {page <= pageCount ? <li aria-current="page">{t('pageOf', { page, count: pageCount })}</li> : null}
        {page < pageCount ? (
          <li>
            <a href={searchPath(locale, query, page + 1)} rel="next">
              {t('next')}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

function ResultCard({ result, locale }: { result: SearchResult; locale: Locale }) {
  return (
    <article className="card search-result">
      <p className="eyebrow">{topicName(locale, result.article.topic)}</p>
      <h2 className="search-result__title">
        <a href={articlePath(locale, result.article.slug)}>
          <Highlighted segments={result.title} />
        </a>
      </h2>
      <p>
        <Highlighted segments={result.excerpt} />
      </p>
      {result.passage ? (
        <p className="search-result__passage">
          <Highlighted segments={result.passage} />
        </p>
      ) : null}
    </article>
  );
}
