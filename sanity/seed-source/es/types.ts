// The shape of a Spanish sample article: only what a translator writes. Everything else (topic, dates, the
// medical reviewer, the references, whether the crisis notice shows) is taken from the English article it
// translates, so the two versions can never disagree on a fact, a source or a safety setting.
import type { BodySpec } from '../portableText.ts';

export interface ArticleTranslationSeed {
  /** The slug of the English article this translates. */
  translationOf: string;
  /** The Spanish slug; becomes the document's slug and `_id` (`article-es-<slug>`). */
  slug: string;
  title: string;
  excerpt: string;
  /** The English article's key points, in Spanish (same number, same claims). */
  keyPoints: string[];
  /** Alt text of the English article's hero image, in Spanish. */
  heroImageAlt: string;
  conditions: string[];
  risks: string[];
  seo?: { title?: string; description?: string };
  /** Citations use the English article's reference keys (`cite:asra2018`); reference titles stay untranslated. */
  body: BodySpec[];
}

/** A Spanish benefit: the texts only; evidence level, references and order come from the English benefit. */
export interface BenefitTranslationSeed {
  /** The `_id` of the English benefit this translates. */
  translationOf: string;
  statement: string;
  qualifier: string;
  conditions: string[];
}
