import { bullets, callout, cta, h2, p } from '../../portableText.ts';
import { WHO_SHOULD_NOT_HAVE_KETAMINE_ES } from '../contraindications.ts';
import {
  BLADDER_PROBLEMS_ES,
  LONG_TERM_SAFETY_UNKNOWN_ES,
  MISUSE_AND_DEPENDENCE_ES,
  SLOWED_BREATHING_ES,
  WHEN_TO_GET_URGENT_HELP_ES,
} from '../riskLines.ts';
import type { ArticleTranslationSeed } from '../types.ts';

export const ptsdEs: ArticleTranslationSeed = {
  translationOf: 'ketamine-and-ptsd-what-the-evidence-shows',
  slug: 'ketamina-y-tept-lo-que-muestra-la-evidencia',
  title: 'Ketamina y TEPT: lo que muestra la evidencia hasta ahora',
  excerpt:
    'Los ensayos de ketamina para el trastorno de estrés postraumático han dado resultados mixtos, y no está aprobada para el TEPT. Lo que encontraron los estudios, y los tratamientos con más evidencia.',
  keyPoints: [
    'Los ensayos de ketamina para el TEPT no coinciden: en un ensayo pequeño ayudó y en uno más grande no.',
    'Donde hubo beneficios, duraron poco.',
    'La FDA no ha aprobado la ketamina para el TEPT.',
    'Las terapias de conversación centradas en el trauma y dos antidepresivos tienen más evidencia.',
  ],
  heroImageAlt: 'Ilustración abstracta de un pequeño brote que crece entre piedra pálida agrietada',
  conditions: ['Trastorno de estrés postraumático (TEPT)'],
  risks: [
    'Para algunas personas con TEPT, la disociación puede sentirse como revivir el trauma o como una pérdida de control',
    'Presión arterial y frecuencia cardíaca elevadas, mareo, dolor de cabeza, ansiedad, náuseas y sueño',
    'Cualquier mejoría puede desaparecer en unas semanas si no hay más tratamiento',
    SLOWED_BREATHING_ES,
    MISUSE_AND_DEPENDENCE_ES,
    BLADDER_PROBLEMS_ES,
    LONG_TERM_SAFETY_UNKNOWN_ES,
    WHO_SHOULD_NOT_HAVE_KETAMINE_ES,
    WHEN_TO_GET_URGENT_HELP_ES,
  ],
  body: [
    p(
      'El TEPT (trastorno de estrés postraumático) puede aparecer después de un hecho aterrador o violento. Puede traer recuerdos que no se quieren tener, pesadillas, evitar lo que recuerda el hecho y estar siempre en alerta. La ketamina es una de las opciones nuevas que se estudian para el TEPT. Hasta ahora, los resultados son mixtos.',
    ),
    h2('Lo que encontraron los ensayos'),
    p(
      'En un [ensayo con 30 adultos con TEPT de larga duración](cite:feder2021), seis infusiones de ketamina en dos semanas aliviaron los síntomas más que un medicamento de comparación, el midazolam. En quienes respondieron, el beneficio a menudo duró unas cuatro semanas después de la última infusión.',
    ),
    p(
      'Un [ensayo más grande, con 158 veteranos y militares en servicio](cite:abdallah2022), dio ocho infusiones en cuatro semanas. Su TEPT no había mejorado con antidepresivos. No encontró una diferencia clara en los síntomas del TEPT entre la ketamina y un medicamento falso (placebo). Las puntuaciones de depresión sí mejoraron con la dosis estándar.',
    ),
    p(
      'Una [revisión combinó los primeros ensayos](cite:whittaker2021) en afecciones de ansiedad. La ketamina no mostró un efecto claro en el TEPT, a diferencia de la ansiedad social. En resumen, la [revisión](cite:whittaker2021) y los ensayos muestran que:',
    ),
    bullets(
      'los ensayos son pocos y pequeños, y sus resultados no coinciden',
      'los beneficios, donde se vieron, duraron poco',
      'no se sabe qué personas, si las hay, tienen más probabilidad de beneficiarse',
      '[la FDA no ha aprobado la ketamina para el TEPT](cite:fdaCompounded2023) ni para ninguna otra afección de salud mental',
    ),
    h2('Tratamientos con más evidencia'),
    p(
      'Las terapias de conversación centradas en el trauma tienen la evidencia más sólida para el TEPT. Dos antidepresivos, la sertralina y la paroxetina, son los únicos medicamentos aprobados por la FDA para el TEPT, como señalan los [autores del primer ensayo](cite:feder2021). Si todavía no los ha probado, por lo general van primero.',
    ),
    h2('Riesgos'),
    p(
      'La FDA ha [advertido contra tomar en casa ketamina preparada por una farmacia](cite:fdaCompounded2023) para afecciones de salud mental. Contó un caso: una persona que trataba su TEPT en casa, sin nadie que la vigilara, tuvo la respiración lenta.',
    ),
    p(
      'La ketamina puede hacer que se sienta desconectado de sí mismo, y eso puede sentirse como revivir el trauma. También puede causar mareo, sueño, dolor de cabeza, preocupación y un aumento de la presión arterial ([etiqueta de la esketamina](cite:spravatoLabel)). Se puede usar de forma indebida. El uso frecuente puede dañar la vejiga, y no se sabe si el uso a largo plazo es seguro ([revisión de los efectos secundarios](cite:short2018)). Llame al 911 si tiene dolor en el pecho, dificultad para respirar, un dolor de cabeza fuerte y repentino o una convulsión después de una dosis.',
    ),
    callout('warning', 'No tome ketamina en casa sin supervisión médica.'),
    h2('Si está pensando en probarla'),
    bullets(
      'Pregunte qué evidencia la respalda para su tipo de trauma y sus síntomas.',
      'Pregunte cómo lo ayudará el personal si sentirse desconectado le trae recuerdos del trauma.',
      'Mantenga su terapia y el resto de su atención; la ketamina se estudió como algo que se añade, no como un reemplazo.',
    ),
    callout(
      'crisis',
      'Si está pensando en el suicidio o no se siente seguro, llame o envíe un mensaje de texto al 988, la Línea de Prevención del Suicidio y Crisis. En una emergencia, llame al 911.',
    ),
    cta(
      'call',
      '¿Vive con un TEPT que no ha mejorado?',
      'Llame a la clínica para hablar de la evidencia y de si una evaluación tiene sentido.',
    ),
  ],
};
