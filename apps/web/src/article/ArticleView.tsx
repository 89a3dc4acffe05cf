import type { Article, Clinic } from '@clinic/content';
import { ArticleGrid } from './ArticleCard.tsx';
import { CallToAction } from '@/clinic/CallToAction';
import { JsonLd } from '@/seo/JsonLd';
import { Breadcrumbs } from '@/shell/Breadcrumbs';
import { ArticleBody } from './body/ArticleBody.tsx';
import { citedReferenceKeys } from './body/citations.ts';
import { timeTag } from '@/ui/CalendarTime';
import { LanguageSwitch, type Translation } from '@/shell/LanguageSwitch';
import { SanityImage } from '@/ui/SanityImage';
import { KeyPoints } from './KeyPoints.tsx';
import { ReferenceList } from './ReferenceList.tsx';
import { ReviewerLine } from './ReviewerLine.tsx';
import { CrisisNotice, Disclaimer, RisksSection } from './SafetySections.tsx';
import { publicEnv } from '@/env/public';
import { LANGUAGE_TAGS, type Locale } from '@/i18n/locales';
import { articlePath, sectionPath } from '@/i18n/paths';
import { topicName, translator } from '@/i18n/translate';
import { calendarDate } from '@/i18n/dates';
import { articlesPath } from './article-paths.ts';
import { articleJsonLd } from '@/seo/jsonld/article';
import { breadcrumbJsonLd, type Crumb } from '@/seo/jsonld/breadcrumbs';
import { absoluteUrl } from '@/seo/site-url';
import { absoluteImage } from '@/content-client/image';

/**
 * An article in reading order: what a clinician's approval says of this exact text, its key points, the crisis notice where the article asks for it, the
 * body with its citation marks, risks next to the benefits, the numbered references, the disclaimer and a way
 * to reach the clinic. `clinic` is the site's primary clinic (see getSiteChrome), the one every call to action
 * on the site uses. `translation` is where the language switch leads (the translated article, or the other
 * language's article list when there is none).
 */
export function ArticleView({
  article,
  clinic,
  locale = 'en',
  translation = null,
}: {
  article: Article;
  clinic: Clinic | null;
  locale?: Locale;
  translation?: Translation | null;
}) {
  const t = translator(locale, 'Article');
  const crumbText = translator(locale, 'Breadcrumbs');
  const path = articlePath(locale, article.slug);
  const url = absoluteUrl(path);
  const topic = topicName(locale, article.topic);
  const crumbs: Crumb[] = [
    { name: crumbText('home'), path: sectionPath(locale, 'home') },
    { name: crumbText('articles'), path: sectionPath(locale, 'articles') },
    { name: topic, path: articlesPath({ topic: article.topic }, locale) },
    { name: article.title, path },
  ];
  const published = calendarDate(article.publishedAt, undefined, locale);
  const settings = article.settings;

  return (
    <article className="container" aria-labelledby="article-title">
      <JsonLd
        data={articleJsonLd({
          article,
          url,
          imageUrl: article.heroImage ? (absoluteImage(article.heroImage, 1200, 630 / 1200)?.url ?? null) : null,
          siteName: settings?.siteName ?? null,
          siteUrl: publicEnv.siteUrl,
          inLanguage: LANGUAGE_TAGS[locale],
        })}
      />
      <JsonLd data={breadcrumbJsonLd(crumbs, publicEnv.siteUrl)} />
      <LanguageSwitch locale={locale} translation={translation} />
      <Breadcrumbs crumbs={crumbs} locale={locale} />
      <div className="narrow">
        <header className="article-header">
          <p className="eyebrow">{topic}</p>
          <h1 id="article-title">{article.title}</h1>
          <p className="lead">{article.excerpt}</p>
          <ReviewerLine review={article.review} locale={locale} />
          {article.risks.length > 0 ? (
            <p className="meta">
              <a href="#risks">{t('risksLink')}</a>
            </p>
          ) : null}
          <p className="meta">
            {article.author ? (
              <>
                {t('writtenBy', { name: article.author.name })}
                {article.author.isSamplePlaceholder ? (
                  <>
                    {' '}
                    <span className="badge badge--placeholder">{t('sampleAuthor')}</span>
                  </>
                ) : null}
              </>
            ) : null}
            {article.author && published ? ' · ' : null}
            {published ? t.rich('published', { date: published.text, time: timeTag(published) }) : null}
          </p>
        </header>
        <KeyPoints points={article.keyPoints} locale={locale} />
        {article.heroImage ? (
          <div className="article-hero">
            <SanityImage image={article.heroImage} aspectRatio={9 / 16} maxWidth={1400} sizes="(min-width: 48rem) 44rem, 100vw" eager />
          </div>
        ) : null}
        {article.showCrisisNotice ? <CrisisNotice text={settings?.crisisNotice ?? null} locale={locale} /> : null}
        <ArticleBody body={article.body} references={article.references} clinic={clinic} locale={locale} />
        <RisksSection risks={article.risks} locale={locale} />
        <ReferenceList
          references={article.references}
          citedKeys={citedReferenceKeys(article.body, article.references)}
          locale={locale}
        />
        <Disclaimer text={settings?.medicalDisclaimer ?? null} locale={locale} />
        <CallToAction clinic={clinic} settings={settings} locale={locale} />
      </div>
      {article.related.length > 0 ? (
        <section className="section" aria-labelledby="related-heading">
          <h2 id="related-heading">{t('related')}</h2>
          <ArticleGrid articles={article.related} locale={locale} withImage={false} />
        </section>
      ) : null}
    </article>
  );
}
