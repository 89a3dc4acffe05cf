// The shape each sample article file fills in; build-seed turns it into an `article` document.
import type { Topic } from '../schemaTypes/shared/topics.ts';
import type { BodySpec } from './portableText.ts';
import type { ReferenceKey } from './references.ts';

export interface ArticleSeed {
  slug: string;
  title: string;
  excerpt: string;
  topic: Topic;
  conditions: string[];
  heroImage: { file: string; alt: string };
  publishedAt: string;
  lastReviewed: string;
  featured: boolean;
  showCrisisNotice: boolean;
  references: ReferenceKey[];
  risks: string[];
  seo?: { title?: string; description?: string };
  body: BodySpec[];
}
