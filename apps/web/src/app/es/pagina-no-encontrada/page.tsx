import { notFoundMetadata } from '@/shell/NotFoundView';
import { ServerNotFound } from '@/shell/ServerNotFound';

// Every address under /es no route has is rewritten here (next.config.ts, src/shell/status-pages.ts).

export const metadata = notFoundMetadata('es');

export default function PaginaNoEncontrada() {
  return <ServerNotFound locale="es" />;
}
