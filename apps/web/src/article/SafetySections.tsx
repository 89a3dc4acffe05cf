import type { Locale } from '@/i18n/locales';
import { translator } from '@/i18n/translate';
import { articlesPath } from './article-paths.ts';

/** Risks and contraindications, shown on every article next to any benefit it discusses. */
export function RisksSection({ risks, locale = 'en' }: { risks: string[]; locale?: Locale }) {
  if (risks.length === 0) return null;
  return (
    <section className="risks" id="risks" aria-labelledby="risks-heading">
      <h2 id="risks-heading">{translator(locale, 'Article')('risksHeading')}</h2>
      <ul>
        {/* A server-rendered list that never reorders: the position is key enough, and a key of the risk's own
            text would be sent a second time in the page's RSC payload (and collide when two risks read alike). */}
        {risks.map((risk, index) => (
          <li key={index}>{risk}</li>
        ))}
      </ul>
    </section>
  );
}

/**
 * The crisis notice: text from the site settings, plus the numbers every US visitor in crisis needs, as links
 * (988 by call or text, 911), and the 988 Lifeline's Spanish-language option (call 988 and press 2, or text
 * AYUDA to 988), written in Spanish with `lang` set on the English page too, since a Spanish reader in crisis
 * may land there first. These numbers are national services, not clinic data.
 */
export function CrisisNotice({ text, locale = 'en' }: { text: string | null; locale?: Locale }) {
  const t = translator(locale, 'Crisis');
  return (
    <aside className="crisis" aria-labelledby="crisis-heading">
      <h2 id="crisis-heading" className="crisis__heading">
        {t('heading')}
      </h2>
      {text ? <p>{text}</p> : null}
      <p className="crisis__actions">
        <a href="tel:988">{t('call988')}</a>
        <a href="sms:988">{t('text988')}</a>
        <a href="tel:911">{t('call911')}</a>
      </p>
      <p className="crisis__spanish" lang="es-US">
        {t.rich('spanishOption', {
          call: (chunks) => <a href="tel:988">{chunks}</a>,
          text: (chunks) => <a href="sms:988?body=AYUDA">{chunks}</a>,
        })}
      </p>
    </aside>
  );
}

export function Disclaimer({ text, locale = 'en' }: { text: string | null; locale?: Locale }) {
  if (!text) return null;
  return (
    <aside className="disclaimer" aria-label={translator(locale, 'Article')('disclaimerLabel')}>
      <p>{text}</p>
    </aside>
  );
}

/** Points from benefit statements to the article on risks, so benefits are never read without them. */
export function RisksLink({ locale = 'en' }: { locale?: Locale }) {
  return <a href={articlesPath({ topic: 'safety' }, locale)}>{translator(locale, 'Benefits')('risksLink')}</a>;
}
