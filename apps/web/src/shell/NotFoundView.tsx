import type { Metadata } from 'next';
import { CallLink } from '@/clinic/CallLink';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { getSiteChrome } from './site-chrome-loader.ts';
import type { Locale } from '@/i18n/locales';
import { sectionPath } from '@/i18n/paths';
import { translator } from '@/i18n/translate';

export function notFoundMetadata(locale: Locale): Metadata {
  return { title: translator(locale, 'NotFound')('title'), robots: { index: false } };
}

/** A 404 that helps: where the articles are, and how to reach a person. */
export async function NotFoundView({ locale }: { locale: Locale }) {
  const { primaryClinic } = await getSiteChrome(locale);
  const t = translator(locale, 'NotFound');
  return (
    <div className="container narrow not-found">
      <LanguageSwitch locale={locale} translation={null} />
      <h1>{t('heading')}</h1>
      <p className="lead">{t('lead')}</p>
      <ul>
        <li>
          <a href={sectionPath(locale, 'articles')}>{t('articles')}</a>
        </li>
        <li>
          <a href={sectionPath(locale, 'benefits')}>{t('benefits')}</a>
        </li>
        <li>
          <a href={sectionPath(locale, 'contact')}>{t('contact')}</a>
        </li>
      </ul>
      <div className="actions">
        <CallLink phone={primaryClinic?.phone ?? null} locale={locale} />
      </div>
    </div>
  );
}
