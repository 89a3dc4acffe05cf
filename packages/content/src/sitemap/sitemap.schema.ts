import { z } from 'zod';
import { droppable, lenientArray } from '../validation/droppable.ts';
import { isoDateTime, requiredText, slugString } from '../validation/fields.ts';

const optionalDateTime = () => droppable(isoDateTime.nullable(), null);

export const sitemapSchema = z.object({
  articles: lenientArray(z.object({ _id: requiredText, slug: slugString, _updatedAt: isoDateTime })),
  benefitsUpdatedAt: optionalDateTime(),
  clinicsUpdatedAt: optionalDateTime(),
  settingsUpdatedAt: optionalDateTime(),
});

export type SitemapEntries = z.output<typeof sitemapSchema>;
