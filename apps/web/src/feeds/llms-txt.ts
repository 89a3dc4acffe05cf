// The llms.txt text of one site language (llmstxt.org: an H1 with the site's name, a blockquote summary, plain
// paragraphs, then H2 sections that are lists of `[name](url): notes`). The file may also live in a subpath, so
// each language has its own (`/llms.txt`, `/es/llms.txt`) listing only that language's pages, and each names the
// others under its last section. Labels come from the UI messages; every fact comes from the CMS.
import type { Clinic } from '@clinic/content';
import { siteLanguages } from '@clinic/content/languages';
import { LOCALES, type Locale } from '@/i18n/locales';
import { articlePath, sectionPath } from '@/i18n/paths';
import { translator } from '@/i18n/translate';
import { absoluteUrl } from '@/seo/site-url';

export type LlmsTxtContent = {
  siteName: string;
  tagline: string | null;
  clinic: Clinic | null;
  benefitCount: number;
  /** Every article the site shows in the language, newest first. */
  articles: { title: string; slug: string; excerpt: string }[];
};

/** Markdown must not be broken by a title that contains brackets, backslashes or line breaks. */
function inline(value: string): string {
  return value.replace(/[\r\n]+/g, ' ').replace(/([\\[\]])/g, '\\$1');
}

function contactLines(locale: Locale, clinic: Clinic): string[] {
  const t = translator(locale, 'LlmsTxt');
  const lines = [`## ${t('contact')}`, '', `- ${t('clinic')}: ${inline(clinic.name)}`];
  if (clinic.phone) lines.push(`- ${t('phone')}: ${clinic.phone.display} (${clinic.phone.href})`);
  if (clinic.email) lines.push(`- ${t('email')}: ${clinic.email}`);
  if (clinic.address) {
    const a = clinic.address;
    lines.push(`- ${t('address')}: ${inline(`${a.streetAddress}, ${a.addressLocality}, ${a.addressRegion} ${a.postalCode}`)}`);
  }
  if (clinic.bookingUrl) lines.push(`- ${t('booking')}: ${clinic.bookingUrl}`);
  lines.push(`- [${t('contactPage')}](${absoluteUrl(sectionPath(locale, 'contact'))})`, '');
  return lines;
}

/** The llms.txt of `locale`, ending with a newline. */
export function llmsTxt(locale: Locale, content: LlmsTxtContent): string {
  const t = translator(locale, 'LlmsTxt');
  const lines: string[] = [`# ${inline(content.siteName)}`, ''];
  if (content.tagline) lines.push(`> ${inline(content.tagline)}`, '');
  lines.push(t('summary'), '');
  if (content.clinic) lines.push(...contactLines(locale, content.clinic));
  lines.push(`## ${t('pages')}`, '');
  lines.push(
    `- [${t('benefitsPage')}](${absoluteUrl(sectionPath(locale, 'benefits'))}): ${t('benefitsNote', { count: content.benefitCount })}`,
  );
  lines.push(`- [${t('allArticles')}](${absoluteUrl(sectionPath(locale, 'articles'))})`, '');
  lines.push(`## ${t('articles')}`, '');
  for (const article of content.articles) {
    lines.push(`- [${inline(article.title)}](${absoluteUrl(articlePath(locale, article.slug))}): ${inline(article.excerpt)}`);
  }
  lines.push('', `## ${t('otherLanguages')}`, '');
  // Each language's entry is described in that language, as its readers would look for it.
  for (const other of LOCALES.filter((candidate) => candidate !== locale)) {
    const name = siteLanguages.find((language) => language.code === other)!.name;
    lines.push(`- [${name}](${absoluteUrl(sectionPath(other, 'llms'))}): ${translator(other, 'LlmsTxt')('thisSummary')}`);
  }
  lines.push('');
  return lines.join('\n');
}
