import type { Locale } from '@/i18n/locales';
import { translator } from '@/i18n/translate';

/**
 * The article's summary in a few short sentences, above the body and the crisis notice, under a heading in the
 * page's language. Nothing is rendered for an article without key points.
 */
export function KeyPoints({ points, locale = 'en' }: { points: string[]; locale?: Locale }) {
  if (points.length === 0) return null;
  return (
    <section className="key-points" aria-labelledby="key-points-heading">
      <h2 id="key-points-heading">{translator(locale, 'Article')('keyPointsHeading')}</h2>
      <ul>
        {/* Position as key: the list never reorders, and the text would be sent twice in the RSC payload. */}
        {points.map((point, index) => (
          <li key={index}>{point}</li>
        ))}
      </ul>
    </section>
  );
}
