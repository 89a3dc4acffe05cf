import { siteLanguage } from '@clinic/content/languages';
import { LANGUAGE_TAGS, otherLocale, type Locale } from '@/i18n/locales';
import { sectionPath } from '@/i18n/paths';
import { translator } from '@/i18n/translate';

/**
 * Where the page a visitor is on exists in the other language: `exact` when it is the same page translated
 * (an article's linked translation, or a section page), otherwise the other language's home.
 */
export type Translation = { path: string; exact: boolean };

/**
 * The link to the other language. It names its target in that language ("Leer esta página en español" on an
 * English page) with `lang` and `hreflang` set, so screen readers pronounce it right and crawlers see the pair.
 * Without a translation of this page it leads to the other language's home page and says so.
 */
export function LanguageSwitch({ locale, translation }: { locale: Locale; translation: Translation | null }) {
  const target = otherLocale(locale);
  const t = translator(target, 'Language');
  const href = translation?.path ?? sectionPath(target, 'home');
  const tag = LANGUAGE_TAGS[target];
  return (
    <nav className="language-switch" aria-label={translator(locale, 'Language')('switchLabel')}>
      <a href={href} hrefLang={tag} lang={tag} rel="alternate" aria-label={t(translation?.exact ? 'readIn' : 'browseIn')}>
        {siteLanguage(target).name}
      </a>
    </nav>
  );
}
