import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import type { Locale } from '@/i18n/locales';
import { NotFoundView } from './NotFoundView.tsx';

/** `notFound()`, for the Suspense boundary below. */
function MissingContent(): never {
  notFound();
}

/**
 * What a page renders instead of calling `notFound()` itself: the not-found view of the page's language, and a
 * 404 status. Next renders the `not-found.tsx` boundary only in the browser when a page throws `notFound()` (the
 * server answers `<html id="__next_error__">` with an empty body: vercel/next.js#62228). Here the view is the
 * page's own content, rendered on the server inside the layout, and `notFound()` is thrown in an empty Suspense
 * boundary after it: Next's prerender (used for every cached route) then answers 404 and keeps the HTML outside
 * the boundary, and the browser shows the same view from `not-found.tsx` when it hydrates.
 */
export function ServerNotFound({ locale }: { locale: Locale }) {
  return (
    <>
      <NotFoundView locale={locale} />
      <Suspense fallback={null}>
        <MissingContent />
      </Suspense>
    </>
  );
}
