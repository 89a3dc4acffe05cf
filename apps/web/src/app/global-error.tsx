'use client';

import dynamic from 'next/dynamic';
import { LANGUAGE_TAGS } from '@/i18n/locales';
import '@/shell/styles/base.css';
import '@/shell/styles/layout.css';
import '@/shell/styles/components.css';
import '@/shell/styles/cards.css';
import '@/shell/styles/article.css';

// Every page loads its error boundaries' code, so the view and its texts (next-intl and both languages'
// messages, about 50 kB of script) are loaded only when an error is actually shown.
const GlobalErrorView = dynamic(() => import('@/shell/GlobalErrorView').then((module) => module.GlobalErrorView));

// Shown only when a root layout itself fails (for example the Content Lake is unreachable while rendering the
// header). It replaces the whole document.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang={LANGUAGE_TAGS.en}>
      <body>
        <GlobalErrorView reset={reset} />
      </body>
    </html>
  );
}
