/** @jest-environment node */
// Each language's llms.txt keeps to the llmstxt.org shape (one H1, an optional blockquote, plain paragraphs, then
// H2 sections of `- [name](url): notes` lists), lists exactly the articles it is given, each at its address in
// that language, with that language's labels, and names the other languages' files.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { LOCALES, type Locale } from '@/i18n/locales';
import { articlePath, sectionPath } from '@/i18n/paths';
import { MESSAGES } from '@/i18n/translate';
import { absoluteUrl } from '@/seo/site-url';
import { llmsTxt, type LlmsTxtContent } from './llms-txt.ts';

const FILE_LIST_ITEM = /^- \[((?:[^[\]\\]|\\.)*)\]\((\S+)\)(?:: (.*))?$/;

/** The H2 sections of an llms.txt as `{heading: lines}`, after checking the parts before them. */
function sectionsOf(text: string): Record<string, string[]> {
  const lines = text.split('\n');
  expect(lines[0]).toMatch(/^# \S/);
  expect(lines.slice(1).filter((line) => /^# /.test(line))).toEqual([]);
  expect(lines.filter((line) => /^#{3,} /.test(line))).toEqual([]);
  const sections: Record<string, string[]> = {};
  let current: string[] | null = null;
  for (const line of lines.slice(1)) {
    if (line.startsWith('## ')) sections[line.slice(3)] = current = [];
    else if (current && line !== '') current.push(line);
  }
  return sections;
}

const article = fc.record({
  title: fc.string({ minLength: 1, maxLength: 40 }),
  slug: fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+){0,3}$/),
  excerpt: fc.string({ minLength: 1, maxLength: 60 }),
});

const content = (articles: LlmsTxtContent['articles']): LlmsTxtContent => ({
  siteName: 'Propel [Therapeutics]',
  tagline: 'Ketamine care\nin Sacramento',
  clinic: null,
  benefitCount: 7,
  articles,
});

describe('llmsTxt', () => {
  it.each(LOCALES)('in %s lists every article once, at its address in that language, as a file list item', (locale) => {
    const labels = MESSAGES[locale].LlmsTxt;
    fc.assert(
      fc.property(fc.uniqueArray(article, { selector: (item) => item.slug, maxLength: 6 }), (articles) => {
        const sections = sectionsOf(llmsTxt(locale, content(articles)));
        expect(Object.keys(sections)).toEqual([labels.pages, labels.articles, labels.otherLanguages]);
        for (const lines of Object.values(sections)) for (const line of lines) expect(line).toMatch(FILE_LIST_ITEM);
        const listed = sections[labels.articles]!.map((line) => FILE_LIST_ITEM.exec(line)![2]);
        expect(listed).toEqual(articles.map((item) => absoluteUrl(articlePath(locale, item.slug))));
      }),
    );
  });

  it('names the other languages\' files, each described in its own language', () => {
    const linksOf = (locale: Locale) =>
      sectionsOf(llmsTxt(locale, content([])))[MESSAGES[locale].LlmsTxt.otherLanguages]!.map((line) => FILE_LIST_ITEM.exec(line)!.slice(1));
    expect(linksOf('en')).toEqual([['Español', absoluteUrl('/es/llms.txt'), MESSAGES.es.LlmsTxt.thisSummary]]);
    expect(linksOf('es')).toEqual([['English', absoluteUrl('/llms.txt'), MESSAGES.en.LlmsTxt.thisSummary]]);
  });

  it('writes the Spanish file in Spanish, with Spanish addresses and the 988 Spanish option', () => {
    const text = llmsTxt('es', {
      ...content([{ title: 'Ketamina y dolor crónico', slug: 'ketamina-dolor-cronico', excerpt: 'Lo que dice la evidencia.' }]),
      clinic: {
        name: 'Propel Therapeutics',
        phone: { display: '(916) 915-9215', href: 'tel:+19169159215' },
        email: null,
        address: null,
        bookingUrl: null,
      } as unknown as LlmsTxtContent['clinic'],
    });
    expect(text).toContain('## Contacto\n\n- Clínica: Propel Therapeutics\n- Teléfono: (916) 915-9215 (tel:+19169159215)');
    expect(text).toContain(`- [Página de contacto](${absoluteUrl(sectionPath('es', 'contact'))})`);
    expect(text).toContain(`- [Ketamina y dolor crónico](${absoluteUrl('/es/articulos/ketamina-dolor-cronico')}): Lo que dice la evidencia.`);
    expect(text).toContain('- [Beneficios y evidencia](');
    expect(text).toContain('7 afirmaciones');
    expect(text).toContain('marque 2 o escriba AYUDA');
    expect(text).toContain('> Ketamine care in Sacramento');
    expect(text.startsWith('# Propel \\[Therapeutics\\]\n')).toBe(true);
    expect(text).not.toContain('/articles/');
  });
});
