import type { Benefit } from '@clinic/content';
import type { Locale } from '@/i18n/locales';
import { articlePath } from '@/i18n/paths';
import { evidenceLevelText, translator } from '@/i18n/translate';
import { CitationText } from '@/article/CitationText';
import { RisksLink } from '@/article/SafetySections';

/**
 * One benefit statement, always with who it applies to, how strong the evidence is, and its risks one link away
 * (the risks section of its article, or the safety articles when it has none), as health-claims guidance expects.
 */
export function BenefitCard({
  benefit,
  showReferences = false,
  headingLevel = 3,
  locale = 'en',
}: {
  benefit: Benefit;
  showReferences?: boolean;
  headingLevel?: 2 | 3;
  locale?: Locale;
}) {
  const t = translator(locale, 'Benefits');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="card benefit" id={`benefit-${benefit._id}`}>
      <p className={`badge badge--evidence badge--${benefit.evidenceLevel}`}>
        <span className="visually-hidden">{t('evidenceLevel')}</span>
        {evidenceLevelText(locale, benefit.evidenceLevel).label}
      </p>
      <Heading className="benefit__statement">{benefit.statement}</Heading>
      <p className="benefit__qualifier">{benefit.qualifier}</p>
      {showReferences && benefit.references.length > 0 ? (
        <div className="benefit__references">
          <p className="benefit__subheading">{t('sources')}</p>
          <ol>
            {benefit.references.map((reference) => (
              <li key={reference._key}>
                <CitationText reference={reference} showStudyType={false} locale={locale} />
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      <p className="benefit__more">
        {benefit.article ? (
          <>
            <a href={articlePath(locale, benefit.article.slug)}>
              {t('readMore')}<span className="visually-hidden">: {benefit.article.title}</span>
            </a>
            {' · '}
            <a href={`${articlePath(locale, benefit.article.slug)}#risks`}>
              {t('risks')}<span className="visually-hidden">: {benefit.article.title}</span>
            </a>
          </>
        ) : (
          <RisksLink locale={locale} />
        )}
      </p>
    </article>
  );
}
