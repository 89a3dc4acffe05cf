import type { Topic } from '@clinic/content/taxonomy';
import type { Locale } from '@/i18n/locales';
import { topicName, translator } from '@/i18n/translate';
import { articlesPath } from '@/article/article-paths';

/**
 * Topic filter as plain links (works without JavaScript, and each filtered list has its own URL). `topics` are the
 * topics to offer, in order: those with published articles in the page's language (`getTopicsInUse`), so no
 * filter leads to an empty list.
 */
export function TopicFilter({
  current,
  topics,
  locale = 'en',
}: {
  current: string | null;
  topics: readonly Topic[];
  locale?: Locale;
}) {
  const t = translator(locale, 'ArticleList');
  return (
    <nav className="topic-filter" aria-label={t('filterLabel')}>
      <ul>
        <li>
          <a href={articlesPath({ topic: null }, locale)} aria-current={current === null ? 'page' : undefined}>
            {t('allTopics')}
          </a>
        </li>
        {topics.map((topic) => (
          <li key={topic}>
            <a href={articlesPath({ topic }, locale)} aria-current={current === topic ? 'page' : undefined}>
              {topicName(locale, topic)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
