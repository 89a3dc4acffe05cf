'use client';

import { LazyErrorView } from '@/shell/lazy-error-view';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <LazyErrorView locale="en" reset={reset} />;
}
