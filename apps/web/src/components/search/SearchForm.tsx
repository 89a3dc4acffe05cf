import type { SearchStrings } from './strings.ts';

/**
 * A plain GET form: it works without JavaScript, and every search has its own URL. A `search` landmark with an
 * accessible name of its own (the header's and the search page's forms can both be on a page) and a real label.
 */
export function SearchForm({
  strings,
  name,
  inputId,
  query = '',
  className,
  labelHidden = false,
}: {
  strings: SearchStrings;
  name: string;
  inputId: string;
  query?: string;
  className: string;
  /** The header's narrow form names its field for screen readers only; the search page shows the label. */
  labelHidden?: boolean;
}) {
  return (
    <form role="search" aria-label={name} action={strings.path} method="get" className={className}>
      <label htmlFor={inputId} className={labelHidden ? 'visually-hidden' : 'search-form__label'}>
        {strings.inputLabel}
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
        {strings.submit}
      </button>
    </form>
  );
}
