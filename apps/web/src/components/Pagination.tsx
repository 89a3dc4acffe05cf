import { articlesPath } from '@/lib/article-paths';

export function Pagination({ page, pageCount, topic }: { page: number; pageCount: number; topic: string | null }) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label="Pages">
      <ul>
        {page > 1 ? (
          <li>
            <a href={articlesPath({ topic, page: page - 1 })} rel="prev">
              ← Previous page
            </a>
          </li>
        ) : null}
        <li aria-current="page">
          Page {page} of {pageCount}
        </li>
        {page < pageCount ? (
          <li>
            <a href={articlesPath({ topic, page: page + 1 })} rel="next">
              Next page →
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
