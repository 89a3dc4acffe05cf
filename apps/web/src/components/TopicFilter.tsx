import { TOPIC_VALUES } from '@clinic/content/taxonomy';
import type { Locale } from '@/i18n/locales';
import { topicName, translator } from '@/i18n/translate';
import { articlesPath } from '@/lib/article-paths';

/** Topic filter as plain links (works without JavaScript, and each filtered list has its own URL). */
export function TopicFilter({ current, locale = 'en' }: { current: string | null; locale?: Locale }) {
  const t = translator(locale, 'ArticleList');
  return (
    <nav className="topic-filter" aria-label={t('filterLabel')}>
      <ul>
        <li>
          <a href={articlesPath({ topic: null }, locale)} aria-current={current === null ? 'page' : undefined}>
            {t('allTopics')}
          </a>
        </li>
        {TOPIC_VALUES.map((topic) => (
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
