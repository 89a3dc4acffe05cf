import { notFoundMetadata } from '@/views/NotFoundView';
import { ServerNotFound } from '@/views/ServerNotFound';

// Every English address no route has is rewritten here (next.config.ts, src/config/status-pages.ts).

export const metadata = notFoundMetadata('en');

export default function PageNotFound() {
  return <ServerNotFound locale="en" />;
}
