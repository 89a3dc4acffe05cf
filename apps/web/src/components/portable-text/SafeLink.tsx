import type { ReactNode } from 'react';
import { isExternalHref, safeHref } from '@clinic/content/urls';

/**
 * A link from editor content. Only http(s), mailto, tel (valid numbers), relative paths and #anchors survive
 * `safeHref`; anything else (javascript:, data:, unknown schemes) renders as plain text — the words stay, the
 * link goes. External links get rel="noopener noreferrer" so the other site learns nothing about this one.
 */
export function SafeLink({ href, children }: { href: string | undefined; children: ReactNode }) {
  const safe = safeHref(href);
  if (!safe) return <>{children}</>;
  return isExternalHref(safe) ? (
    <a href={safe} rel="noopener noreferrer">
      {children}
    </a>
  ) : (
    <a href={safe}>{children}</a>
  );
}
