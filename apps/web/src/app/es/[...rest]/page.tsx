import { notFound } from 'next/navigation';

// Any other address under /es is a Spanish 404 (app/es/not-found.tsx) inside the Spanish layout. Rendered per
// request: an unknown address is not worth a cache entry.
export const dynamic = 'force-dynamic';

export default function UnknownSpanishPage() {
  notFound();
}
