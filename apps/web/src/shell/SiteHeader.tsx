import type { Clinic } from '@clinic/content';
import type { Locale } from '@/i18n/locales';
import { sectionPath } from '@/i18n/paths';
import { translator } from '@/i18n/translate';
import { CallLink } from '@/clinic/CallLink';
import { SearchForm } from '@/search/SearchForm';

const NAV = ['articles', 'benefits', 'contact'] as const;

export function SiteHeader({
  siteName,
  clinic,
  locale = 'en',
}: {
  siteName: string;
  clinic: Clinic | null;
  locale?: Locale;
}) {
  const t = translator(locale, 'Site');
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <a className="site-header__brand" href={sectionPath(locale, 'home')}>
          {siteName}
        </a>
        <nav aria-label={t('mainNav')} className="site-nav">
          <ul>
            {NAV.map((section) => (
              <li key={section}>
                <a href={sectionPath(locale, section)}>{t(section)}</a>
              </li>
            ))}
          </ul>
        </nav>
        <SearchForm locale={locale} place="header" />
        <div className="site-header__call">
          <CallLink
            phone={clinic?.phone ?? null}
            locale={locale}
            className="button button--primary button--small"
          />
        </div>
      </div>
    </header>
  );
}
