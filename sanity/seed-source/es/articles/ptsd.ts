import { bullets, callout, cta, h2, p } from '../../portableText.ts';
import { WHO_SHOULD_NOT_HAVE_KETAMINE_ES } from '../contraindications.ts';
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
    'Para algunas personas con TEPT, la disociación puede sentirse como un recuerdo que vuelve a vivirse o como una pérdida de control',
    'Presión arterial y frecuencia cardíaca elevadas, mareo, náuseas y sedación',
    'Cualquier mejoría puede desaparecer en unas semanas si no hay más tratamiento',
    'Riesgo de uso indebido y dependencia con el uso repetido',
    WHO_SHOULD_NOT_HAVE_KETAMINE_ES,
  ],
  body: [
    p(
      'El trastorno de estrés postraumático (TEPT) puede aparecer después de un hecho aterrador o violento. Trae recuerdos que se imponen, pesadillas, el deseo de evitar lo que recuerda el hecho y la sensación de estar siempre en alerta. Muchas personas mejoran con tratamiento, pero no todas. Por eso se estudian opciones nuevas como la ketamina. Hasta ahora, los resultados son mixtos.',
    ),
    h2('Lo que encontraron los ensayos'),
    p(
      'En un [ensayo aleatorizado con 30 adultos con TEPT crónico](cite:feder2021), se dieron seis infusiones de ketamina en dos semanas. Redujeron los síntomas más que un placebo activo, el midazolam. Entre quienes respondieron, el beneficio por lo general duró unas cuatro semanas después de la última infusión.',
    ),
    p(
      'Un [ensayo más grande](cite:abdallah2022) incluyó a 158 veteranos y militares en servicio cuyo TEPT no había mejorado con antidepresivos. Recibieron ocho infusiones en cuatro semanas. El ensayo no encontró una diferencia significativa en los síntomas del TEPT entre la ketamina y el placebo. Las puntuaciones de depresión sí mejoraron con la dosis estándar.',
    ),
    p(
      'Una [revisión combinó los primeros ensayos aleatorizados](cite:whittaker2021) en afecciones relacionadas con la ansiedad. La ketamina no mostró un efecto significativo en el TEPT, a diferencia de lo que pasó con el trastorno de ansiedad social.',
    ),
    bullets(
      'los ensayos son pocos y pequeños, y sus resultados no coinciden',
      'los beneficios, donde se vieron, duraron poco',
      'no se sabe qué personas, si las hay, tienen más probabilidad de beneficiarse',
      '[la FDA no ha aprobado la ketamina para el TEPT](cite:fdaCompounded2023) ni para ningún otro trastorno psiquiátrico',
    ),
    h2('Tratamientos con más evidencia'),
    p(
      'Las terapias de conversación centradas en el trauma tienen la evidencia más sólida para el TEPT. Y solo dos medicamentos están aprobados por la FDA para el TEPT: los antidepresivos sertralina y paroxetina, como señalan los [autores del primer ensayo](cite:feder2021). Si todavía no los ha probado, por lo general van primero.',
    ),
    callout(
      'warning',
      'La FDA ha advertido contra tomar en casa ketamina preparada en farmacias de compuestos para afecciones de salud mental. Describió un caso: una persona que trataba su TEPT en casa, sin supervisión, tuvo la respiración lenta.',
    ),
    h2('Si está pensando en probarla'),
    bullets(
      'pregunte qué evidencia la respalda para su tipo de trauma y sus síntomas',
      'pregunte cómo se manejará la disociación si le trae recuerdos del trauma',
      'mantenga su terapia y el resto de su atención; la ketamina se estudió como algo que se añade, no como un reemplazo',
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
