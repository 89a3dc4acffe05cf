import { notFound } from 'next/navigation';

// Any other address of the site is an English 404 (app/(en)/not-found.tsx) inside the site layout. Rendered per
// request: an unknown address is not worth a cache entry.
export const dynamic = 'force-dynamic';

export default function UnknownPage() {
  notFound();
}
