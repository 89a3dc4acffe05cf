import type { ArticleSummary } from '@clinic/content';
import type { Locale } from '@/i18n/locales';
import { articlePath } from '@/i18n/paths';
import { topicName, translator } from '@/i18n/translate';
import { calendarDate } from '@/i18n/dates';
import { timeTag } from '@/ui/CalendarTime';
import { SanityImage } from '@/ui/SanityImage';

interface CardOptions {
  headingLevel?: 2 | 3;
  locale?: Locale;
  /**
   * Show the hero image (default). Off for the related articles below an article: a text card is enough there, and
   * each picture costs the page about 1 kB of markup and RSC payload, which long articles cannot spare (see
   * docs/performance.md, "Page weight").
   */
  withImage?: boolean;
}

export function ArticleCard({
  article,
  headingLevel = 3,
  locale = 'en',
  withImage = true,
}: CardOptions & { article: ArticleSummary }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  // Cards do not carry the reviewer, so they state the publication date and claim no review.
  const published = calendarDate(article.publishedAt, undefined, locale);
  return (
    <article className="card article-card">
      {withImage && article.heroImage ? (
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

export function ArticleGrid({ articles, ...options }: CardOptions & { articles: ArticleSummary[] }) {
  return (
    <ul className="grid plain-list">
      {articles.map((article) => (
        <li key={article._id}>
          <ArticleCard article={article} {...options} />
        </li>
      ))}
    </ul>
  );
}
