import type { Citation } from '@clinic/content';
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
}: {
  references: Citation[];
  citedKeys?: ReadonlySet<string>;
  headingId?: string;
}) {
  if (references.length === 0) return null;
  return (
    <section className="references" aria-labelledby={headingId}>
      <h2 id={headingId}>References</h2>
      <ol className="references__list">
        {references.map((reference, index) => {
          const number = index + 1;
          return (
            <li key={reference._key} id={referenceAnchor(number)} className="references__item">
              <CitationText reference={reference} />
              {citedKeys.has(reference._key) ? (
                <>
                  {' '}
                  <a href={`#${citationAnchor(number)}`} className="references__back" aria-label={`Back to citation ${number} in the text`}>
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
