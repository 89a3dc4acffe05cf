import type { Metadata } from 'next';
import { permanentRedirect } from 'next/navigation';
import { ArticleView } from './ArticleView.tsx';
import { getArticle, getArticleRedirect } from './article-loader.ts';
import { getSiteChrome } from '@/shell/site-chrome-loader';
import { articlePaths } from '@/i18n/alternates';
import { otherLocale, type Locale } from '@/i18n/locales';
import { articlePath, sectionPath } from '@/i18n/paths';
import { translator } from '@/i18n/translate';
import { articleMetadata } from '@/seo/metadata';
import { ServerNotFound } from '@/shell/ServerNotFound';

export async function articlePageMetadata(slug: string, locale: Locale): Promise<Metadata> {
  const article = await getArticle(slug, locale);
  if (!article) return { title: translator(locale, 'Article')('notFound'), robots: { index: false } };
  return articleMetadata(article, locale);
}

/** An article page in a language; the language switch leads to its translation, or to the other language's list. */
export async function ArticlePageView({ slug, locale }: { slug: string; locale: Locale }) {
  const [article, { primaryClinic }] = await Promise.all([getArticle(slug, locale), getSiteChrome(locale)]);
  if (!article) {
    // An address the article had before its slug changed: a 308 to where it is now, cached like the page itself
    // (both read content tagged `article`, which the revalidation webhook expires on every article change).
    // Only an article of the same language: slugs are unique per language, so an old address never crosses over.
    const target = await getArticleRedirect(slug, locale);
    if (target) permanentRedirect(articlePath(locale, target));
    return <ServerNotFound locale={locale} />;
  }
  const other = otherLocale(locale);
  const translated = articlePaths(article, locale)[other];
  return (
    <ArticleView
      article={article}
      clinic={primaryClinic}
      locale={locale}
      translation={translated ? { path: translated, exact: true } : { path: sectionPath(other, 'articles'), exact: false }}
    />
  );
}
