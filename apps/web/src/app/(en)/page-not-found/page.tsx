import { notFoundMetadata } from '@/shell/NotFoundView';
import { ServerNotFound } from '@/shell/ServerNotFound';

// Every English address no route has is rewritten here (next.config.ts, src/shell/status-pages.ts).

export const metadata = notFoundMetadata('en');

export default function PageNotFound() {
  return <ServerNotFound locale="en" />;
}
