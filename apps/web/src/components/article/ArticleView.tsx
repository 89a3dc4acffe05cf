import type { Article, Clinic } from '@clinic/content';
import { ArticleGrid } from '../ArticleCard.tsx';
import { CallToAction } from '../cta/CallToAction.tsx';
import { JsonLd } from '../JsonLd.tsx';
import { Breadcrumbs } from '../layout/Breadcrumbs.tsx';
import { ArticleBody } from '../portable-text/ArticleBody.tsx';
import { citedReferenceKeys } from '../portable-text/citations.ts';
import { calendarTime } from '../CalendarTime.tsx';
import { SanityImage } from '../SanityImage.tsx';
import { ReferenceList } from './ReferenceList.tsx';
import { ReviewerLine } from './ReviewerLine.tsx';
import { CrisisNotice, Disclaimer, RisksSection } from './SafetySections.tsx';
import { publicEnv } from '@/env/public';
import { articlesPath } from '@/lib/article-paths';
import { articleJsonLd } from '@/lib/jsonld/article';
import { breadcrumbJsonLd, type Crumb } from '@/lib/jsonld/breadcrumbs';
import { absoluteUrl } from '@/lib/site-url';
import { absoluteImage } from '@/sanity/image';

/**
 * An article in reading order: who reviewed it and when, the crisis notice where the article asks for it, the
 * body with its citation marks, risks next to the benefits, the numbered references, the disclaimer and a way
 * to reach the clinic. `clinic` is the site's primary clinic (see getSiteChrome), the one every call to action
 * on the site uses.
 */
export function ArticleView({ article, clinic }: { article: Article; clinic: Clinic | null }) {
  const url = absoluteUrl(`/articles/${article.slug}`);
  const crumbs: Crumb[] = [
    { name: 'Home', path: '/' },
    { name: 'Articles', path: '/articles' },
    { name: article.topicLabel, path: articlesPath({ topic: article.topic }) },
    { name: article.title, path: `/articles/${article.slug}` },
  ];
  const published = calendarTime(article.publishedAt);
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
        })}
      />
      <JsonLd data={breadcrumbJsonLd(crumbs, publicEnv.siteUrl)} />
      <Breadcrumbs crumbs={crumbs} />
      <div className="narrow">
        <header className="article-header">
          <p className="eyebrow">{article.topicLabel}</p>
          <h1 id="article-title">{article.title}</h1>
          <p className="lead">{article.excerpt}</p>
          <ReviewerLine reviewer={article.medicalReviewer} lastReviewed={article.lastReviewed} />
          {article.risks.length > 0 ? (
            <p className="meta">
              <a href="#risks">Risks and who should not have ketamine</a>
            </p>
          ) : null}
          <p className="meta">
            {article.author ? (
              <>
                Written by {article.author.name}
                {article.author.isSamplePlaceholder ? (
                  <>
                    {' '}
                    <span className="badge badge--placeholder">Sample author — placeholder</span>
                  </>
                ) : null}
              </>
            ) : null}
            {article.author && published ? ' · ' : null}
            {published ? <>Published {published}</> : null}
          </p>
        </header>
        {article.heroImage ? (
          <div className="article-hero">
            <SanityImage image={article.heroImage} aspectRatio={9 / 16} maxWidth={1400} sizes="(min-width: 48rem) 44rem, 100vw" eager />
          </div>
        ) : null}
        {article.showCrisisNotice ? <CrisisNotice text={settings?.crisisNotice ?? null} /> : null}
        <ArticleBody body={article.body} references={article.references} clinic={clinic} />
        <RisksSection risks={article.risks} />
        <ReferenceList references={article.references} citedKeys={citedReferenceKeys(article.body, article.references)} />
        <Disclaimer text={settings?.medicalDisclaimer ?? null} />
        <CallToAction clinic={clinic} settings={settings} />
      </div>
      {article.related.length > 0 ? (
        <section className="section" aria-labelledby="related-heading">
          <h2 id="related-heading">Related articles</h2>
          <ArticleGrid articles={article.related} />
        </section>
      ) : null}
    </article>
  );
}
