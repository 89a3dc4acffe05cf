import type { Article, Person } from '@clinic/content';
import { calendarDate } from '@/i18n/dates';
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

// A real person only: a sample placeholder is no one, so the markup names no one rather than its label.
function authorJsonLd(person: Person | null) {
  if (!person || person.isSamplePlaceholder) return null;
  return compact({ '@type': 'Person', name: person.name, description: person.credentials, jobTitle: person.role });
}

// The clinician whose approval of this exact text the page states; credentials are what the review line shows
// (schema.org has no closer property).
function reviewerJsonLd(review: Article['review']) {
  if (review.state !== 'reviewed') return null;
  return compact({ '@type': 'Person', name: review.reviewer.name, description: review.reviewer.credentials });
}

/**
 * `MedicalWebPage` (who reviewed it and when) plus its `Article` (headline, dates, author), linked by `@id`.
 * Every value comes from the validated article; absent facts are left out rather than filled in. `reviewedBy` and
 * `lastReviewed` appear only when a real clinician approved exactly the published text (`article.review`), as the
 * page's review line says; `author` only for a real person.
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
        // The day of the approval in the clinic's time zone, the date the review line shows.
        lastReviewed: article.review.state === 'reviewed' ? (calendarDate(article.review.approvedAt)?.dateTime ?? null) : null,
        reviewedBy: reviewerJsonLd(article.review),
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
        dateModified: article.modifiedAt,
        author: authorJsonLd(article.author),
        inLanguage,
        publisher: siteName ? { '@type': 'Organization', name: siteName, url: siteUrl } : null,
        mainEntityOfPage: { '@id': `${url}#webpage` },
      }),
    ],
  };
}
