'use client';

// Error boundaries must be client components (Next.js requirement). This one is small and carries no data:
// the clinic record may be exactly what failed to load, so it only offers a retry and the stable pages.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="container narrow not-found">
      <h1>Something went wrong</h1>
      <p className="lead">This page could not be shown right now. Please try again in a moment.</p>
      <div className="actions">
        <button type="button" className="button button--primary" onClick={() => reset()}>
          Try again
        </button>
        <a className="button button--secondary" href="/contact">
          Contact the clinic
        </a>
      </div>
    </div>
  );
}
