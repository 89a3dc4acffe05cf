import { notFoundMetadata } from '@/views/NotFoundView';
import { ServerNotFound } from '@/views/ServerNotFound';

// Every address under /es no route has is rewritten here (next.config.ts, src/config/status-pages.ts).

export const metadata = notFoundMetadata('es');

export default function PaginaNoEncontrada() {
  return <ServerNotFound locale="es" />;
}
