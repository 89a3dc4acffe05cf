import { z } from 'zod';
import { articleSummarySchema } from '../article/article.schema.ts';
import { benefitSchema } from '../benefit/benefit.schema.ts';
import { optionalClinic } from '../clinic/clinic.schema.ts';
import { optionalSiteSettings } from '../settings/settings.schema.ts';
import { lenientArray } from '../validation/droppable.ts';

/** The home page: every part is optional, so one broken document costs its own box, never the page. */
export const homePageSchema = z.object({
  settings: optionalSiteSettings(),
  primaryClinic: optionalClinic(),
  featuredArticles: lenientArray(articleSummarySchema),
  benefits: lenientArray(benefitSchema),
});

export type HomePage = z.output<typeof homePageSchema>;
