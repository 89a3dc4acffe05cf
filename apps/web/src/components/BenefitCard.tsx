import type { Benefit } from '@clinic/content';
import { CitationText } from './article/CitationText.tsx';
import { RisksLink } from './article/SafetySections.tsx';

/**
 * One benefit statement, always with who it applies to, how strong the evidence is, and its risks one link away
 * (the risks section of its article, or the safety articles when it has none), as health-claims guidance expects.
 */
export function BenefitCard({ benefit, showReferences = false, headingLevel = 3 }: { benefit: Benefit; showReferences?: boolean; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="card benefit" id={`benefit-${benefit._id}`}>
      <p className={`badge badge--evidence badge--${benefit.evidenceLevel}`}>
        <span className="visually-hidden">Evidence level: </span>
        {benefit.evidenceLabel}
      </p>
      <Heading className="benefit__statement">{benefit.statement}</Heading>
      <p className="benefit__qualifier">{benefit.qualifier}</p>
      {showReferences && benefit.references.length > 0 ? (
        <div className="benefit__references">
          <p className="benefit__subheading">Sources</p>
          <ol>
            {benefit.references.map((reference) => (
              <li key={reference._key}>
                <CitationText reference={reference} showStudyType={false} />
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      <p className="benefit__more">
        {benefit.article ? (
          <>
            <a href={`/articles/${benefit.article.slug}`}>
              Read more<span className="visually-hidden">: {benefit.article.title}</span>
            </a>
            {' · '}
            <a href={`/articles/${benefit.article.slug}#risks`}>
              Risks and who should not have it<span className="visually-hidden">: {benefit.article.title}</span>
            </a>
          </>
        ) : (
          <RisksLink />
        )}
      </p>
    </article>
  );
}
