import { draftMode } from 'next/headers';
import type { Locale } from '@/i18n/locales';
import { translator } from '@/i18n/translate';
import { LivePreviewEditing } from './LivePreviewEditing.tsx';

/**
 * Rendered by the root layout; outputs nothing for visitors. In draft mode it adds the Presentation tool's
 * click-to-edit overlays, refreshed on every edit (a client component, so it only ships in preview) and a way out
 * of preview.
 */
export async function DraftModeTools({ locale = 'en' }: { locale?: Locale }) {
  if (!(await draftMode()).isEnabled) return null;
  const t = translator(locale, 'Preview');
  return (
    <>
      <aside className="draft-mode-notice" aria-label={t('label')}>
        {t('notice')} <a href="/api/draft-mode/disable">{t('leave')}</a>
      </aside>
      <LivePreviewEditing />
    </>
  );
}
