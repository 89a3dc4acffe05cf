import type { ReactNode } from 'react';
import { stegaClean } from 'next-sanity';
import { isExternalHref, safeHref } from '@clinic/content/urls';

/**
 * A link from editor content. Only http(s), mailto, tel (valid numbers), relative paths and #anchors survive
 * `safeHref`; anything else (javascript:, data:, unknown schemes) renders as plain text — the words stay, the
 * link goes. External links get rel="noopener noreferrer" so the other site learns nothing about this one.
 */
export function SafeLink({ href, children }: { href: string | undefined; children: ReactNode }) {
  // Cleaned before it is checked: a draft-mode stega marker must neither break the check nor reach the href.
  const safe = safeHref(stegaClean(href));
  if (!safe) return <>{children}</>;
  return isExternalHref(safe) ? (
    <a href={safe} rel="noopener noreferrer">
      {children}
    </a>
  ) : (
    <a href={safe}>{children}</a>
  );
}
