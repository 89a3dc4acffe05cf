import type { ArticleSummary } from '@clinic/content';
import type { Locale } from '@/i18n/locales';
import { articlePath } from '@/i18n/paths';
import { topicName, translator } from '@/i18n/translate';
import { calendarDate } from '@/lib/dates';
import { timeTag } from './CalendarTime.tsx';
import { SanityImage } from './SanityImage.tsx';

export function ArticleCard({
  article,
  headingLevel = 3,
  locale = 'en',
}: {
  article: ArticleSummary;
  headingLevel?: 2 | 3;
  locale?: Locale;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  // Cards do not carry the reviewer, so they state the publication date and claim no review.
  const published = calendarDate(article.publishedAt, undefined, locale);
  return (
    <article className="card article-card">
      {article.heroImage ? (
        <SanityImage
          image={article.heroImage}
          aspectRatio={9 / 16}
          maxWidth={800}
          sizes="(min-width: 64rem) 22rem, (min-width: 40rem) 45vw, 100vw"
          className="article-card__image"
        />
      ) : null}
      <div className="article-card__body">
        <p className="eyebrow">{topicName(locale, article.topic)}</p>
        <Heading className="article-card__title">
          <a href={articlePath(locale, article.slug)}>{article.title}</a>
        </Heading>
        <p className="article-card__excerpt">{article.excerpt}</p>
        {published ? (
          <p className="meta">
            {translator(locale, 'ArticleList').rich('published', { date: published.text, time: timeTag(published) })}
          </p>
        ) : null}
      </div>
    </article>
  );
}

export function ArticleGrid({
  articles,
  headingLevel = 3,
  locale = 'en',
}: {
  articles: ArticleSummary[];
  headingLevel?: 2 | 3;
  locale?: Locale;
}) {
  return (
    <ul className="grid plain-list">
      {articles.map((article) => (
        <li key={article._id}>
          <ArticleCard article={article} headingLevel={headingLevel} locale={locale} />
        </li>
      ))}
    </ul>
  );
}
