'use client';

import { ErrorView } from '@/views/ErrorView';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorView locale="es" reset={reset} />;
}
