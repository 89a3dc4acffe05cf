import { alternativesEs } from './alternatives.ts';
import { anxietyEs } from './anxiety.ts';
import { chronicPainEs } from './chronicPain.ts';
import { costAndInsuranceEs } from './costAndInsurance.ts';
import { crpsEs } from './crps.ts';
import { dependenceEs } from './dependence.ts';
import { depressionEs } from './depression.ts';
import { ketamineVsEctEs } from './ketamineVsEct.ts';
import { monitoringEs } from './monitoring.ts';
import { ptsdEs } from './ptsd.ts';
import { sideEffectsEs } from './sideEffects.ts';
import { suicidalThoughtsEs } from './suicidalThoughts.ts';
import { whatASessionIsLikeEs } from './whatASessionIsLike.ts';
import type { ArticleTranslationSeed } from '../types.ts';

export const articleTranslations: ArticleTranslationSeed[] = [
  chronicPainEs,
  suicidalThoughtsEs,
  sideEffectsEs,
  dependenceEs,
  whatASessionIsLikeEs,
  costAndInsuranceEs,
  alternativesEs,
  depressionEs,
  monitoringEs,
  ketamineVsEctEs,
  anxietyEs,
  crpsEs,
  ptsdEs,
];
