import { TOPICS } from '@clinic/content/taxonomy';
import { articlesPath } from '@/lib/article-paths';

/** Topic filter as plain links (works without JavaScript, and each filtered list has its own URL). */
export function TopicFilter({ current }: { current: string | null }) {
  return (
    <nav className="topic-filter" aria-label="Filter articles by topic">
      <ul>
        <li>
          <a href={articlesPath({ topic: null })} aria-current={current === null ? 'page' : undefined}>
            All topics
          </a>
        </li>
        {TOPICS.map((topic) => (
          <li key={topic.value}>
            <a href={articlesPath({ topic: topic.value })} aria-current={current === topic.value ? 'page' : undefined}>
              {topic.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
