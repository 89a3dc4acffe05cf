import { NotFoundView, notFoundMetadata } from '@/shell/NotFoundView';

export const metadata = notFoundMetadata('es');

export default function NotFound() {
  return <NotFoundView locale="es" />;
}
