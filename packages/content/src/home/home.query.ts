import { defineQuery } from 'groq';
import { articleSummaryFields, publishedArticleFilter } from '../article/article.fragment.ts';
import { benefitFields, benefitsDocuments } from '../benefit/benefit.fragment.ts';
import { clinicFields } from '../clinic/clinic.fragment.ts';
import { primaryClinicDocument, siteSettingsDocument, siteSettingsFields } from '../settings/settings.fragment.ts';

// Three article cards: featured articles come first, the newest ones fill the remaining places, so the home page never shows an empty
// "latest articles" box just because nothing is marked as featured.
export const homePageQuery = defineQuery(`{
  "settings": ${siteSettingsDocument}{${siteSettingsFields}},
  "primaryClinic": ${primaryClinicDocument}{${clinicFields}},
  "featuredArticles": *[${publishedArticleFilter}] | order(coalesce(featured, false) desc, publishedAt desc) [0...3]{
    ${articleSummaryFields}
  },
  "benefits": ${benefitsDocuments}{${benefitFields}}
}`);
