import type { Clinic } from '@clinic/content';
import { CallLink } from '../cta/CallLink.tsx';
import { SearchForm } from '../search/SearchForm.tsx';
import { SEARCH_STRINGS } from '../search/strings.ts';

const NAV = [
  { href: '/articles', label: 'Articles' },
  { href: '/benefits', label: 'Benefits & evidence' },
  { href: '/contact', label: 'Contact' },
] as const;

export function SiteHeader({ siteName, clinic }: { siteName: string; clinic: Clinic | null }) {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <a className="site-header__brand" href="/">
          {siteName}
        </a>
        <nav aria-label="Main" className="site-nav">
          <ul>
            {NAV.map((item) => (
              <li key={item.href}>
                <a href={item.href}>{item.label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <SearchForm
          strings={SEARCH_STRINGS.en}
          name={SEARCH_STRINGS.en.siteSearchName}
          inputId="site-search-q"
          className="site-search"
          labelHidden
        />
        <div className="site-header__call">
          <CallLink phone={clinic?.phone ?? null} className="button button--primary button--small" />
        </div>
      </div>
    </header>
  );
}
