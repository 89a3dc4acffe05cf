import type { Metadata } from 'next';
import { CallLink } from '@/components/cta/CallLink';
import { getSiteChrome } from '@/data/site';

export const metadata: Metadata = { title: 'Page not found', robots: { index: false } };

/** A 404 that helps: where the articles are, and how to reach a person. */
export default async function NotFound() {
  const { primaryClinic } = await getSiteChrome();
  return (
    <div className="container narrow not-found">
      <h1>We couldn’t find that page</h1>
      <p className="lead">The page may have moved, or the address may have a typo.</p>
      <ul>
        <li>
          <a href="/articles">Browse all articles</a>
        </li>
        <li>
          <a href="/benefits">See the benefits and the evidence behind them</a>
        </li>
        <li>
          <a href="/contact">Contact the clinic</a>
        </li>
      </ul>
      <div className="actions">
        <CallLink phone={primaryClinic?.phone ?? null} />
      </div>
    </div>
  );
}
