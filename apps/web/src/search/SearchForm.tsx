import type { Locale } from '@/i18n/locales';
import { sectionPath } from '@/i18n/paths';
import { translator } from '@/i18n/translate';

/**
 * A plain GET form to the language's search page: it works without JavaScript, and every search has its own URL.
 * A `search` landmark with an accessible name of its own (the header's and the search page's forms can both be on
 * a page) and a real label; the header's narrow form shows its label to screen readers only.
 */
export function SearchForm({
  locale,
  place,
  query = '',
}: {
  locale: Locale;
  place: 'header' | 'page';
  query?: string;
}) {
  const t = translator(locale, 'Search');
  const inputId = place === 'header' ? 'site-search-q' : 'search-page-q';
  return (
    <form
      role="search"
      aria-label={place === 'header' ? t('siteSearchName') : t('pageSearchName')}
      action={sectionPath(locale, 'search')}
      method="get"
      className={place === 'header' ? 'site-search' : 'search-form'}
    >
      <label htmlFor={inputId} className={place === 'header' ? 'visually-hidden' : 'search-form__label'}>
        {t('inputLabel')}
      </label>
      <input
        id={inputId}
        name="q"
        type="search"
        defaultValue={query}
        autoComplete="off"
        enterKeyHint="search"
      />
      <button type="submit" className="button button--secondary button--small">
        {t('submit')}
      </button>
    </form>
  );
}
