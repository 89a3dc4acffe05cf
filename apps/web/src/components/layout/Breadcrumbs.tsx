import type { Crumb } from '@/lib/jsonld/breadcrumbs';

/** The visible trail; the same list feeds the BreadcrumbList JSON-LD so both always agree. */
export function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumbs">
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
