import { defineQuery } from 'groq';
import { citationFields } from '../citation/citation.fragment.ts';
import { clinicFields } from '../clinic/clinic.fragment.ts';
import { personFields } from '../person/person.fragment.ts';
import { primaryClinicDocument, siteSettingsDocument, siteSettingsFields } from '../settings/settings.fragment.ts';
import { articleBodyField, articleSummaryFields, publishedArticleFilter } from './article.fragment.ts';

const topicFilter = /* groq */ `($topic == null || topic == $topic)`;

/** One page of articles, newest first. Params: $topic (string or null for all), $start, $end (exclusive). */
export const articleListQuery = defineQuery(
  `*[${publishedArticleFilter} && ${topicFilter}] | order(publishedAt desc) [$start...$end]{${articleSummaryFields}}`,
);

/** How many articles the list has in total. Param: $topic (string or null). */
export const articleCountQuery = defineQuery(`count(*[${publishedArticleFilter} && ${topicFilter}])`);

/** Every article slug, for static generation. */
export const articleSlugsQuery = defineQuery(
  `*[${publishedArticleFilter}] | order(publishedAt desc){_id, "slug": slug.current}`,
);

/**
 * One article with everything its page shows: people, references, up to three related articles on the same topic,
 * the primary clinic for the calls to action and the site settings (disclaimer, crisis notice). Param: $slug.
 */
export const articleBySlugQuery = defineQuery(`*[${publishedArticleFilter} && slug.current == $slug][0]{
  ${articleSummaryFields},
  ${articleBodyField},
  author->{${personFields}},
  medicalReviewer->{${personFields}},
  references[]{${citationFields}},
  risks,
  showCrisisNotice,
  conditions,
  seo{title, description},
  "related": *[${publishedArticleFilter} && topic == ^.topic && _id != ^._id] | order(publishedAt desc) [0...3]{
    ${articleSummaryFields}
  },
  "clinic": ${primaryClinicDocument}{${clinicFields}},
  "settings": ${siteSettingsDocument}{${siteSettingsFields}}
}`);
