'use client';

import type { Locale } from '@/i18n/locales';
import { sectionPath } from '@/i18n/paths';
import { translator } from '@/i18n/translate';

// Error boundaries must be client components (Next.js requirement). This one is small and carries no data:
// the clinic record may be exactly what failed to load, so it only offers a retry and the stable pages.
export function ErrorView({ locale, reset }: { locale: Locale; reset: () => void }) {
  const t = translator(locale, 'Error');
  return (
    <div className="container narrow not-found">
      <h1>{t('heading')}</h1>
      <p className="lead">{t('lead')}</p>
      <div className="actions">
        <button type="button" className="button button--primary" onClick={() => reset()}>
          {t('retry')}
        </button>
        <a className="button button--secondary" href={sectionPath(locale, 'contact')}>
          {t('contact')}
        </a>
      </div>
    </div>
  );
}
