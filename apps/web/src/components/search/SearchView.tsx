import {
  fetchSearchResults,
  fetchTopicsInUse,
  mentionsCrisis,
  type SearchLanguage,
  type SearchResult,
} from '@clinic/content';
import { CrisisNotice } from '@/components/article/SafetySections';
import { CallLink } from '@/components/cta/CallLink';
import { getSiteChrome } from '@/data/site';
import { articlesPath } from '@/lib/article-paths';
import { contentFetcher } from '@/sanity/fetch';
import { Highlighted } from './Highlighted.tsx';
import { SearchForm } from './SearchForm.tsx';
import { SEARCH_STRINGS } from './strings.ts';

/**
 * The search page of one language: the form, the crisis notice when the search is about suicide or self-harm,
 * a "showing results for" line when spelling was corrected, and the ranked results with the searched words
 * marked; with no search or no result, the topics and the clinic's phone instead. Rendered on the server.
 */
export async function SearchView({ query, language }: { query: string; language: SearchLanguage }) {
  const strings = SEARCH_STRINGS[language];
  const [answer, { settings, primaryClinic }, topics] = await Promise.all([
    fetchSearchResults(contentFetcher, { query, language }),
    getSiteChrome(),
    fetchTopicsInUse(contentFetcher),
  ]);
  const crisis =
    mentionsCrisis(answer.query) || (answer.correctedQuery !== null && mentionsCrisis(answer.correctedQuery));
  const found = answer.results.length > 0;
  return (
    <div className="container narrow search-page">
      <h1>
        {answer.query === ''
          ? strings.pageTitle
          : found
            ? strings.resultsTitle(answer.query)
            : strings.noResultsTitle(answer.query)}
      </h1>
      <SearchForm
        strings={strings}
        name={strings.pageSearchName}
        inputId="search-page-q"
        query={answer.query}
        className="search-form"
      />
      {crisis ? <CrisisNotice text={settings?.crisisNotice ?? null} /> : null}
      {found ? (
        <>
          {answer.correctedQuery ? (
            <p className="search-page__corrected">
              {strings.showingResultsFor} <strong>{answer.correctedQuery}</strong>
            </p>
          ) : null}
          <p className="meta">{strings.resultCount(answer.results.length)}</p>
          <ol className="plain-list search-results">
            {answer.results.map((result) => (
              <li key={result.article._id}>
                <ResultCard result={result} />
              </li>
            ))}
          </ol>
        </>
      ) : (
        <>
          <p className="lead">{answer.query === '' ? strings.noQueryLead : strings.noResultsLead}</p>
          {topics.length > 0 ? (
            <section aria-labelledby="search-topics-heading">
              <h2 id="search-topics-heading">{strings.topicsHeading}</h2>
              <ul className="search-page__topics">
                {topics.map((topic) => (
                  <li key={topic.value}>
                    <a href={articlesPath({ topic: topic.value })}>{topic.label}</a>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {primaryClinic?.phone ? (
            <section aria-labelledby="search-call-heading" className="search-page__call">
              <h2 id="search-call-heading">{strings.callHeading}</h2>
              <p>{strings.callLead}</p>
              <CallLink phone={primaryClinic.phone} label={strings.callLabel} />
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}

function ResultCard({ result }: { result: SearchResult }) {
  return (
    <article className="card search-result">
      <p className="eyebrow">{result.article.topicLabel}</p>
      <h2 className="search-result__title">
        <a href={`/articles/${result.article.slug}`}>
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
