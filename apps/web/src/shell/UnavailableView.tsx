import type { Metadata } from 'next';
import { CallLink } from '@/clinic/CallLink';
import { getSiteChrome } from './site-chrome-loader.ts';
import type { Locale } from '@/i18n/locales';
import { sectionPath } from '@/i18n/paths';
import { translator } from '@/i18n/translate';

export function unavailableMetadata(locale: Locale): Metadata {
  return { title: translator(locale, 'Error')('heading'), robots: { index: false } };
}

/**
 * The server-rendered error view of a language, for when content cannot be read (the content backend is down):
 * what happened, the pages that are kept in the cache, and the clinic's phone. The site layout around it keeps
 * the header and the crisis line.
 */
export async function UnavailableView({ locale }: { locale: Locale }) {
  const { primaryClinic } = await getSiteChrome(locale);
  const t = translator(locale, 'Error');
  const links = translator(locale, 'NotFound');
  return (
    <div className="container narrow not-found">
      <h1>{t('heading')}</h1>
      <p className="lead">{t('lead')}</p>
      <ul>
        <li>
          <a href={sectionPath(locale, 'articles')}>{links('articles')}</a>
        </li>
        <li>
          <a href={sectionPath(locale, 'contact')}>{links('contact')}</a>
        </li>
      </ul>
      <div className="actions">
        <CallLink phone={primaryClinic?.phone ?? null} locale={locale} />
      </div>
    </div>
  );
}
