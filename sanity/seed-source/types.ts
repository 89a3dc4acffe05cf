// The shape each sample article file fills in; build-seed turns it into an `article` document. Every field of the
// Studio's article type is allowed here as it is stored (the type comes from TypeGen, so a field added to the Studio
// schema can be filled in at once); only the fields below have a shorter sample form that build-seed expands.
import type { Article } from '@clinic/content/generated';
import type { Topic } from '../schemaTypes/shared/topics.ts';
import type { BodySpec } from './portableText.ts';
import type { ReferenceKey } from './references.ts';

/** Fields with a sample form of their own, expanded by build-seed. */
interface ArticleSeedForms {
  /** The slug text; becomes the document's slug and `_id` (`article-<slug>`). */
  slug: string;
  /** A file in seed/images/ and its alt text; becomes an image with an `_sanityAsset` pointer. */
  heroImage: { file: string; alt: string };
  /** Keys from references.ts; become full citations. */
  references: ReferenceKey[];
  seo?: { title?: string; description?: string };
  body: BodySpec[];
}

/** Fields every sample article must fill in, as stored. */
interface ArticleSeedRequired {
  title: string;
  excerpt: string;
  /** 3–5 short sentences shown at the top of the page. */
  keyPoints: string[];
  topic: Topic;
  conditions: string[];
  publishedAt: string;
  lastReviewed: string;
  featured: boolean;
  showCrisisNotice: boolean;
  risks: string[];
}

type StoredByStudio = 'author' | 'medicalReviewer' | '_id' | '_type' | '_createdAt' | '_updatedAt' | '_rev';

export type ArticleSeed = ArticleSeedForms &
  ArticleSeedRequired &
  Omit<Article, keyof ArticleSeedForms | keyof ArticleSeedRequired | StoredByStudio>;
