'use client';

import '@/styles/base.css';
import '@/styles/layout.css';
import '@/styles/components.css';
import '@/styles/cards.css';
import '@/styles/article.css';

// Shown only when the root layout itself fails (for example the Content Lake is unreachable while rendering
// the header). It replaces the whole document, so it brings its own <html> and <body> and needs no data.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en-US">
      <body>
        <main id="main" className="container narrow not-found">
          <h1>Something went wrong</h1>
          <p className="lead">The site could not be shown right now. Please try again in a moment.</p>
          <p>
            In a crisis, call or text <a href="tel:988">988</a> or call <a href="tel:911">911</a>.
          </p>
          <div className="actions">
            <button type="button" className="button button--primary" onClick={() => reset()}>
              Try again
            </button>
          </div>
        </main>
      </body>
    </html>
  );
}
