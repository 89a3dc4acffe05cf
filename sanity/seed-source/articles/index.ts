import { alternatives } from './alternatives.ts';
import { anxiety } from './anxiety.ts';
import { chronicPain } from './chronicPain.ts';
import { costAndInsurance } from './costAndInsurance.ts';
import { crps } from './crps.ts';
import { dependence } from './dependence.ts';
import { depression } from './depression.ts';
import { ketamineVsEct } from './ketamineVsEct.ts';
import { monitoring } from './monitoring.ts';
import { ptsd } from './ptsd.ts';
import { sideEffects } from './sideEffects.ts';
import { suicidalThoughts } from './suicidalThoughts.ts';
import { whatASessionIsLike } from './whatASessionIsLike.ts';
import type { ArticleSeed } from '../types.ts';

export const articles: ArticleSeed[] = [
  chronicPain,
  crps,
  depression,
  ketamineVsEct,
  suicidalThoughts,
  sideEffects,
  dependence,
  anxiety,
  monitoring,
  costAndInsurance,
  alternatives,
  whatASessionIsLike,
  ptsd,
];
