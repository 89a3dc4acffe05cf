import { UnavailableView, unavailableMetadata } from '@/shell/UnavailableView';

// Shown, with status 503, while the content backend is down (src/proxy.ts, src/shell/status-pages.ts).
export const metadata = unavailableMetadata('es');

export default function PaginaNoDisponible() {
  return <UnavailableView locale="es" />;
}
