// The shared risk lines of ../riskLines.ts in Spanish: the same risks, none left out and none softened.

export const SLOWED_BREATHING_ES =
  'Respiración lenta, más probable con alcohol, opioides, benzodiacepinas u otros medicamentos que dan sueño';

export const MISUSE_AND_DEPENDENCE_ES = 'Uso indebido y dependencia, sobre todo con el uso frecuente';

export const BLADDER_PROBLEMS_ES =
  'Problemas de la vejiga y al orinar, incluido el daño a la vejiga, con el uso frecuente o a largo plazo';

export const LONG_TERM_SAFETY_UNKNOWN_ES = 'No se sabe si el uso repetido o a largo plazo es seguro';

export const WHEN_TO_GET_URGENT_HELP_ES =
  'Llame al 911 si tiene dolor en el pecho, falta de aire, un dolor de cabeza fuerte y repentino, cambios en la vista, una convulsión, confusión o somnolencia que empeoran, o respiración lenta o difícil';
