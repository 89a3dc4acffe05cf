import { chronicPainEs } from './chronicPain.ts';
import type { ArticleTranslationSeed } from '../types.ts';

export const articleTranslations: ArticleTranslationSeed[] = [chronicPainEs];
