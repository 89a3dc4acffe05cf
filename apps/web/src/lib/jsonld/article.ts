import type { Article, Person } from '@clinic/content';
import { isLocale } from '@/i18n/locales';
import { translator } from '@/i18n/translate';
import { isClinicianReviewer } from '../review-status.ts';
import { compact } from './serialize.ts';

export interface ArticleJsonLdInput {
  article: Article;
  /** Absolute canonical URL of the article page. */
  url: string;
  /** Absolute URL of the hero image at a social-card size, when the article has one. */
  imageUrl: string | null;
  siteName: string | null;
  siteUrl: string;
  /** BCP 47 tag of the page's language (`en-US`, `es-US`). */
  inLanguage?: string;
}

function personJsonLd(person: Person, inLanguage: string) {
  return compact({
    '@type': 'Person',
    name: person.name,
    // Credentials and role are what the reviewer line shows; schema.org has no closer property.
    description: person.credentials,
    jobTitle: person.role,
    // The page labels sample people as placeholders; the markup says the same, so it never presents them as real.
    disambiguatingDescription: person.isSamplePlaceholder ? placeholderLabel(inLanguage) : null,
  });
}

/** "Sample reviewer — placeholder" in the page's language (`en-US` → en). */
function placeholderLabel(inLanguage: string): string {
  const language = inLanguage.split('-')[0];
  return translator(isLocale(language) ? language : 'en', 'Review')('sampleReviewer');
}

/**
 * `MedicalWebPage` (who reviewed it and when) plus its `Article` (headline, dates, author), linked by `@id`.
 * Every value comes from the validated article; absent facts are left out rather than filled in.
 */
export function articleJsonLd({ article, url, imageUrl, siteName, siteUrl, inLanguage = 'en-US' }: ArticleJsonLdInput) {
  const description = article.seo.description ?? article.excerpt;
  return {
    '@context': 'https://schema.org',
    '@graph': [
      compact({
        '@type': 'MedicalWebPage',
        '@id': `${url}#webpage`,
        url,
        name: article.title,
        description,
        inLanguage,
        // A calendar date, kept as the editor entered it; datetimes below keep their full ISO timestamps.
        lastReviewed: article.lastReviewed,
        // Only a real, credentialed reviewer: a sample placeholder must not read as clinician review to search engines.
        reviewedBy: isClinicianReviewer(article.medicalReviewer) ? personJsonLd(article.medicalReviewer!, inLanguage) : null,
        about: article.conditions.map((name) => ({ '@type': 'MedicalCondition', name })),
        mainEntity: { '@id': `${url}#article` },
        isPartOf: compact({ '@type': 'WebSite', name: siteName, url: siteUrl }),
      }),
      compact({
        '@type': 'Article',
        '@id': `${url}#article`,
        headline: article.title,
        description,
        image: imageUrl,
        datePublished: article.publishedAt,
        dateModified: article._updatedAt,
        author: article.author ? personJsonLd(article.author, inLanguage) : null,
        inLanguage,
        publisher: siteName ? { '@type': 'Organization', name: siteName, url: siteUrl } : null,
        mainEntityOfPage: { '@id': `${url}#webpage` },
      }),
    ],
  };
}
