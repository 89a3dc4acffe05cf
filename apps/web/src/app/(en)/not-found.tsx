import { NotFoundView, notFoundMetadata } from '@/shell/NotFoundView';

export const metadata = notFoundMetadata('en');

export default function NotFound() {
  return <NotFoundView locale="en" />;
}
