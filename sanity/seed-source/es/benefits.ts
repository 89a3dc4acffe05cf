import type { BenefitTranslationSeed } from './types.ts';

export const benefitTranslations: BenefitTranslationSeed[] = [];
