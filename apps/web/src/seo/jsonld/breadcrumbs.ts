export interface Crumb {
  name: string;
  /** Site-relative path, e.g. `/articles`. */
  path: string;
}

/** `BreadcrumbList` mirroring the visible breadcrumb trail. */
export function breadcrumbJsonLd(crumbs: Crumb[], siteUrl: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: `${siteUrl}${crumb.path}`,
    })),
  };
}
