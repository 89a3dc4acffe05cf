import { z } from 'zod';
import { TOPIC_VALUES } from '../taxonomy.ts';
import { requiredText } from '../validation/fields.ts';

export const articleTopicSchema = z.object({ _id: requiredText, topic: z.enum(TOPIC_VALUES) });
