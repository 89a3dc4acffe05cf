import { z } from 'zod';
import { citationSchema } from '../citation/citation.schema.ts';
import { optionalClinic } from '../clinic/clinic.schema.ts';
import { optionalImage } from '../image/image.schema.ts';
import { reportDroppedContent } from '../logger.ts';
import { optionalPerson } from '../person/person.schema.ts';
import { optionalSiteSettings } from '../settings/settings.schema.ts';
import { TOPIC_VALUES, topicLabel } from '../taxonomy.ts';
import { droppable, lenientArray } from '../validation/droppable.ts';
import { isoDate, isoDateTime, optionalBoolean, optionalText, requiredText, slugString } from '../validation/fields.ts';
import { articleBodySchema, linkCitations } from './body.schema.ts';

const articleSummaryShape = {
  _id: requiredText,
  _updatedAt: isoDateTime,
  title: requiredText,
  slug: slugString,
  excerpt: requiredText,
  topic: z.enum(TOPIC_VALUES),
  heroImage: optionalImage(),
  publishedAt: isoDateTime,
  // Health content without a review date is not shown at all: the date is what tells a reader how current it is.
  lastReviewed: isoDate,
};

const withTopicLabel = <T extends { topic: (typeof TOPIC_VALUES)[number] }>(article: T) => ({
  ...article,
  topicLabel: topicLabel(article.topic),
});

export const articleSummarySchema = z.object(articleSummaryShape).transform(withTopicLabel);
export type ArticleSummary = z.output<typeof articleSummarySchema>;

const seoSchema = droppable(
  z
    .object({ title: optionalText(), description: optionalText() })
    .nullable()
    .transform((seo) => ({ title: seo?.title ?? null, description: seo?.description ?? null })),
  null,
);

export const articleSchema = z
  .object({
    ...articleSummaryShape,
    body: articleBodySchema,
    author: optionalPerson(),
    medicalReviewer: optionalPerson(),
    references: lenientArray(citationSchema),
    risks: lenientArray(requiredText),
    showCrisisNotice: optionalBoolean(),
    conditions: lenientArray(requiredText),
    seo: seoSchema,
    related: lenientArray(articleSummarySchema),
    clinic: optionalClinic(),
    settings: optionalSiteSettings(),
  })
  .refine((article) => article.body.length > 0, { message: 'body has no readable blocks' })
  .transform((article) =>
    withTopicLabel({
      ...article,
      body: linkCitations(
        article.body,
        article.references.map((reference) => reference._key),
        (path, referenceKey) =>
          reportDroppedContent({
            type: 'article',
            id: article._id,
            path,
            message: `citation points at no valid reference (${JSON.stringify(referenceKey)})`,
            dropped: 'part',
          }),
      ),
    }),
  );

export type Article = z.output<typeof articleSchema>;

export const articleSlugSchema = z.object({ _id: requiredText, slug: slugString });
export const articleCountSchema = z.number().int().min(0);
