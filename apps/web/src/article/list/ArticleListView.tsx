import type { Metadata } from 'next';
import { TOPIC_VALUES, type Topic } from '@clinic/content/taxonomy';
import { ArticleGrid } from '@/article/ArticleCard';
import { JsonLd } from '@/seo/JsonLd';
import { Breadcrumbs } from '@/shell/Breadcrumbs';
import { LanguageSwitch } from '@/shell/LanguageSwitch';
import { Pagination } from './Pagination.tsx';
import { TopicFilter } from './TopicFilter.tsx';
import { getArticleList, getTopicsInUse } from './article-list-loader.ts';
import { publicEnv } from '@/env/public';
import { languageAlternates } from '@/i18n/alternates';
import { LOCALES, otherLocale, type Locale } from '@/i18n/locales';
import { sectionPath } from '@/i18n/paths';
import { topicName, translator } from '@/i18n/translate';
import { siteOgImage } from '@/seo/metadata';
import { articlesPath, listRouteSegments, type ListParams } from '@/article/article-paths';
import { breadcrumbJsonLd, type Crumb } from '@/seo/jsonld/breadcrumbs';
import { ServerNotFound } from '@/shell/ServerNotFound';

// One article list, shared by both languages' /articles and /es/articulos (all topics, page 1) and the cached
// routes that their `?topic=…&page=…` forms are rewritten to (app/(en)/article-list, app/es/article-list); all
// are prerendered and served from Next's cache.

const PAGE_SIZE = 9;

/** The cached list routes prerendered at build time: the first page of every topic. */
export function listStaticParams(): { topic: string; page: string }[] {
  return TOPIC_VALUES.map((topic) => listRouteSegments({ topic, page: 1 }));
}

function listTitle(params: { topic: string | null }, locale: Locale): string {
  const t = translator(locale, 'ArticleList');
  return params.topic ? t('titleTopic', { topic: topicName(locale, params.topic as Topic) }) : t('title');
}

/** The query of the list page `params` names, in the form both the metadata and the page ask it (one fetch). */
function listOf(params: { topic: string | null; page: number }, locale: Locale) {
  return getArticleList(locale, { page: params.page, pageSize: PAGE_SIZE, topic: params.topic });
}

/** The languages in which a topic has published articles (every language for the list of all topics). */
async function languagesWith(topic: string | null): Promise<Locale[]> {
  if (topic === null) return [...LOCALES];
  const inUse = await Promise.all(LOCALES.map((language) => getTopicsInUse(language)));
  return LOCALES.filter((_, index) => inUse[index]!.some((entry) => entry.value === topic));
}

/**
 * The list's metadata; callers pass it through `cleanMetadata` like every route's. A list with no article (a topic
 * with nothing published in this language) answers `noindex`: it is a dead end, not a page to be found. Its
 * hreflang alternates name only the languages in which the topic has articles.
 */
export async function articleListMetadata(params: ListParams, locale: Locale = 'en'): Promise<Metadata> {
  const t = translator(locale, 'ArticleList');
  if ('invalid' in params) return { title: t('title') };
  const title = listTitle(params, locale);
  const canonical = articlesPath(params, locale);
  const [list, languages] = await Promise.all([listOf(params, locale), languagesWith(params.topic)]);
  // A topic's first page exists in every language that has articles on it; later pages depend on how many
  // articles each language has.
  const paths =
    params.page === 1
      ? Object.fromEntries(
          LOCALES.filter((language) => language === locale || languages.includes(language)).map((language) => [
            language,
            articlesPath(params, language),
          ]),
        )
      : { [locale]: canonical };
  return {
    title: params.page > 1 ? t('titlePage', { title, page: params.page }) : title,
    description: t('description'),
    alternates: languageAlternates(locale, paths),
    openGraph: { url: canonical, title, images: [siteOgImage(locale)] },
    ...(list.articles.length === 0 ? { robots: { index: false } } : {}),
  };
}

export async function ArticleListView({ params, locale = 'en' }: { params: ListParams; locale?: Locale }) {
  if ('invalid' in params) return <ServerNotFound locale={locale} />;
  const other = otherLocale(locale);
  const [list, topics, otherTopics] = await Promise.all([
    listOf(params, locale),
    getTopicsInUse(locale),
    getTopicsInUse(other),
  ]);
  if (params.page > 1 && params.page > list.pageCount) return <ServerNotFound locale={locale} />;
  // The other language's list of this topic when it has articles there; otherwise its list of all topics.
  const otherHasTopic = params.topic === null || otherTopics.some((entry) => entry.value === params.topic);

  const t = translator(locale, 'ArticleList');
  const crumbText = translator(locale, 'Breadcrumbs');
  const crumbs: Crumb[] = [
    { name: crumbText('home'), path: sectionPath(locale, 'home') },
    { name: crumbText('articles'), path: sectionPath(locale, 'articles') },
    ...(params.topic ? [{ name: topicName(locale, params.topic as Topic), path: articlesPath({ topic: params.topic }, locale) }] : []),
  ];

  return (
    <div className="container">
      <LanguageSwitch
        locale={locale}
        translation={
          otherHasTopic
            ? { path: articlesPath({ topic: params.topic }, other), exact: params.page === 1 }
            : { path: articlesPath({ topic: null }, other), exact: false }
        }
      />
      <JsonLd data={breadcrumbJsonLd(crumbs, publicEnv.siteUrl)} />
      <Breadcrumbs crumbs={crumbs} locale={locale} />
      <h1>{listTitle(params, locale)}</h1>
      <p className="lead narrow">{t('lead')}</p>
      <TopicFilter current={params.topic} topics={topics.map((entry) => entry.value)} locale={locale} />
      {list.articles.length > 0 ? (
        <ArticleGrid articles={list.articles} headingLevel={2} locale={locale} />
      ) : (
        <p>{t('empty')}</p>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} topic={params.topic} locale={locale} />
    </div>
  );
}
