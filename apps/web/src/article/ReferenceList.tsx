import type { Citation } from '@clinic/content';
import type { Locale } from '@/i18n/locales';
import { translator } from '@/i18n/translate';
import { CitationText } from './CitationText.tsx';

/** Anchor ids shared by the reference list and the citation marks in the body. */
export const referenceAnchor = (number: number) => `ref-${number}`;
export const citationAnchor = (number: number) => `cite-${number}`;

/**
 * The numbered references. `citedKeys` are the references the body cites: those get a link back to the first
 * place they are cited, so a reader can jump there and back.
 */
export function ReferenceList({
  references,
  citedKeys = new Set<string>(),
  headingId = 'references',
  locale = 'en',
}: {
  references: Citation[];
  citedKeys?: ReadonlySet<string>;
  headingId?: string;
  locale?: Locale;
}) {
  if (references.length === 0) return null;
  const t = translator(locale, 'Article');
  return (
    <section className="references" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('references')}</h2>
      <ol className="references__list">
        {references.map((reference, index) => {
          const number = index + 1;
          return (
            <li key={reference._key} id={referenceAnchor(number)} className="references__item">
              <CitationText reference={reference} locale={locale} />
              {citedKeys.has(reference._key) ? (
                <>
                  {' '}
                  <a href={`#${citationAnchor(number)}`} className="references__back" aria-label={t('backToCitation', { number })}>
                    ↩
                  </a>
                </>
              ) : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
