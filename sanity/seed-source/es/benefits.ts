// The benefits in Spanish: each hedge, qualifier and number as strong as in English, never stronger. Evidence
// level, references and order come from the English benefit (build-seed copies them).
import type { BenefitTranslationSeed } from './types.ts';

export const benefitTranslations: BenefitTranslationSeed[] = [
  {
    translationOf: 'benefit-rapid-depression-relief',
    statement:
      'Puede aliviar los síntomas depresivos en aproximadamente un día; los efectos a menudo duran poco',
    qualifier:
      'para algunos adultos con depresión resistente al tratamiento; la revisión Cochrane califica de certeza muy baja la evidencia de una respuesta a las 24 horas',
    conditions: ['Depresión resistente al tratamiento'],
  },
  {
    translationOf: 'benefit-comparable-to-ect',
    statement:
      'Una opción para algunas personas con indicación de TEC, aunque la TEC funcionó mejor en un ensayo y en los resultados combinados',
    qualifier:
      'para adultos con depresión sin psicosis; un ensayo abierto encontró que la ketamina no era peor que la TEC, otro encontró más remisiones con la TEC (63 % frente a 46 %)',
    conditions: ['Depresión resistente al tratamiento'],
  },
  {
    translationOf: 'benefit-crps-pain-relief',
    statement:
      'Las guías encuentran evidencia moderada de un alivio del dolor que dura hasta unas 12 semanas',
    qualifier:
      'para algunos adultos con síndrome de dolor regional complejo (SDRC), con los esquemas de infusión específicos que se estudiaron; una revisión Cochrane de 2025 sobre el dolor crónico no encontró un beneficio claro',
    conditions: ['SDRC'],
  },
  {
    translationOf: 'benefit-suicidal-thoughts',
    statement:
      'Puede aliviar los pensamientos suicidas en un día, hasta por unos tres días, como parte de una atención completa',
    qualifier:
      'para algunos adultos con depresión, en ensayos pequeños; no se ha demostrado que prevenga el suicidio, y nunca reemplaza la ayuda de emergencia (988 o 911)',
    conditions: ['Pensamientos suicidas', 'Depresión'],
  },
  {
    translationOf: 'benefit-glutamate-mechanism',
    statement:
      'Actúa sobre el sistema del glutamato (NMDA), de una forma distinta a la de los antidepresivos habituales',
    qualifier:
      'cómo actúa el medicamento, según la investigación de laboratorio y clínica; no es una prueba de beneficio',
    conditions: ['Depresión'],
  },
  {
    translationOf: 'benefit-monitored-care',
    statement: 'Las guías piden vigilar los signos vitales y un período de recuperación supervisado',
    qualifier:
      'lo que exigen la etiqueta de la esketamina y las guías para el dolor; describe cómo debe darse la atención, no qué tan bien funciona',
    conditions: [],
  },
  {
    translationOf: 'benefit-anxiety-early-research',
    statement:
      'Los primeros estudios sugieren una reducción de la ansiedad a corto plazo; la investigación todavía es limitada',
    qualifier:
      'para algunos adultos con ansiedad que no ha respondido a otros tratamientos; la mayoría de los ensayos fueron pequeños y con un alto riesgo de sesgo',
    conditions: ['Trastornos de ansiedad'],
  },
];
