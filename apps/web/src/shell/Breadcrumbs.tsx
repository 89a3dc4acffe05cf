import type { Locale } from '@/i18n/locales';
import { translator } from '@/i18n/translate';
import type { Crumb } from '@/seo/jsonld/breadcrumbs';

/** The visible trail; the same list feeds the BreadcrumbList JSON-LD so both always agree. */
export function Breadcrumbs({ crumbs, locale = 'en' }: { crumbs: Crumb[]; locale?: Locale }) {
  return (
    <nav aria-label={translator(locale, 'Breadcrumbs')('label')} className="breadcrumbs">
      <ol>
        {crumbs.map((crumb, index) => (
          <li key={crumb.path}>
            {index === crumbs.length - 1 ? (
              <a href={crumb.path} aria-current="page">
                {crumb.name}
              </a>
            ) : (
              <a href={crumb.path}>{crumb.name}</a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
