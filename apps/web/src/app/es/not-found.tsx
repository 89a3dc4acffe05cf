import { NotFoundView, notFoundMetadata } from '@/views/NotFoundView';

export const metadata = notFoundMetadata('es');

export default function NotFound() {
  return <NotFoundView locale="es" />;
}
