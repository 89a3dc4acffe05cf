'use client';

import { Fragment } from 'react';
import { LANGUAGE_TAGS, LOCALES } from '@/i18n/locales';
import { translator } from '@/i18n/translate';

/**
 * What the global error boundary shows (src/app/global-error.tsx): it cannot tell which language's layout failed,
 * so it says the same in English and in Spanish (each part marked with its language) and needs no data.
 */
export function GlobalErrorView({ reset }: { reset: () => void }) {
  return (
    <main id="main" className="container narrow not-found">
      {LOCALES.map((locale) => {
        const t = translator(locale, 'Error');
        const Heading = locale === 'en' ? 'h1' : 'h2';
        return (
          <Fragment key={locale}>
            <div lang={LANGUAGE_TAGS[locale]}>
              <Heading>{t('heading')}</Heading>
              <p className="lead">{t('siteLead')}</p>
              <p>
                {t.rich('crisis', {
                  call: (chunks) => <a href="tel:988">{chunks}</a>,
                  emergency: (chunks) => <a href="tel:911">{chunks}</a>,
                })}
              </p>
              <div className="actions">
                <button type="button" className="button button--primary" onClick={() => reset()}>
                  {t('retry')}
                </button>
              </div>
            </div>
          </Fragment>
        );
      })}
    </main>
  );
}
