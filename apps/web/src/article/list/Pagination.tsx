import type { Locale } from '@/i18n/locales';
import { translator } from '@/i18n/translate';
import { articlesPath } from '@/article/article-paths';

export function Pagination({
  page,
  pageCount,
  topic,
  locale = 'en',
}: {
  page: number;
  pageCount: number;
  topic: string | null;
  locale?: Locale;
}) {
  if (pageCount <= 1) return null;
  const t = translator(locale, 'ArticleList');
  return (
    <nav className="pagination" aria-label={t('pagesLabel')}>
      <ul>
        {page > 1 ? (
          <li>
            <a href={articlesPath({ topic, page: page - 1 }, locale)} rel="prev">
              {t('previous')}
            </a>
          </li>
        ) : null}
        <li aria-current="page">
          {t('pageOf', { page, count: pageCount })}
        </li>
        {page < pageCount ? (
          <li>
            <a href={articlesPath({ topic, page: page + 1 }, locale)} rel="next">
              {t('next')}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
