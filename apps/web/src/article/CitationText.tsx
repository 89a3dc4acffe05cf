import type { Citation } from '@clinic/content';
import { stegaClean } from 'next-sanity';
import type { Locale } from '@/i18n/locales';
import { studyTypeName } from '@/i18n/translate';


/** Drops a trailing full stop so "et al." followed by our own separator does not read "et al..". */
const withoutFinalStop = (value: string) => value.trim().replace(/\.+$/, '');

/**
 * One reference in the usual order: authors. Title (linked to the DOI or URL). Source (year). Study type.
 * The year is left out when the source line already states it.
 */
export function CitationText({
  reference,
  showStudyType = true,
  locale = 'en',
}: {
  reference: Citation;
  showStudyType?: boolean;
  locale?: Locale;
}) {
  const studyType =
    showStudyType && reference.studyType ? studyTypeName(locale, reference.studyType) : undefined;
  const year = reference.year && !reference.source.includes(String(reference.year)) ? ` (${reference.year})` : '';
  return (
    <>
      {reference.authors ? <span>{withoutFinalStop(reference.authors)}. </span> : null}
      <a href={stegaClean(reference.href)} rel="noopener noreferrer">
        {withoutFinalStop(reference.title)}
      </a>
      . <cite>{withoutFinalStop(reference.source)}</cite>
      {year}.{studyType ? <span className="references__type"> {studyType}.</span> : null}
    </>
  );
}
