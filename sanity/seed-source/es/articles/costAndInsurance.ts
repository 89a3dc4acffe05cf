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

export const costAndInsuranceEs: ArticleTranslationSeed = {
  translationOf: 'ketamine-treatment-cost-and-insurance',
  slug: 'costo-y-seguro-del-tratamiento-con-ketamina',
  title: 'Tratamiento con ketamina: costo, seguro médico y qué preguntar antes de empezar',
  excerpt:
    'La ketamina en la vena se usa fuera de etiqueta y a menudo el seguro no la cubre; la esketamina es un medicamento aprobado, dado en un programa de seguridad. Qué significa para el costo.',
  keyPoints: [
    'La ketamina en la vena se usa fuera de etiqueta para la depresión, y muchos planes de salud no la pagan.',
    'La esketamina (Spravato) es un medicamento aprobado, así que los planes pueden evaluarla como otros medicamentos.',
    'Un tratamiento necesita varias visitas, y el beneficio puede desaparecer, así que los costos pueden volver.',
    'Antes de empezar, pregunte por escrito a la clínica y a su plan por cada costo.',
  ],
  heroImageAlt:
    'Ilustración abstracta de tarjetas redondeadas apiladas en dorado apagado y gris sobre un fondo claro',
  conditions: ['Depresión resistente al tratamiento', 'Dolor crónico'],
  risks: [
    'Por lo general se necesitan varias sesiones, y el beneficio puede desaparecer, así que los costos pueden repetirse',
    'Cada sesión dura varias horas, con la vigilancia y la recuperación, y después no puede manejar',
    'Disociación, mareo, sueño, dolor de cabeza, ansiedad, náuseas y presión arterial elevada los días de tratamiento',
    SLOWED_BREATHING_ES,
    MISUSE_AND_DEPENDENCE_ES,
    BLADDER_PROBLEMS_ES,
    LONG_TERM_SAFETY_UNKNOWN_ES,
    WHO_SHOULD_NOT_HAVE_KETAMINE_ES,
    WHEN_TO_GET_URGENT_HELP_ES,
  ],
  body: [
    p(
      'Es justo preguntar por el costo antes de cualquier tratamiento. Con la ketamina, eso depende del medicamento que se use, para qué se use y cómo lo trata su plan de salud. Esta página explica lo que es igual en todas partes. Los precios de una clínica en particular, y con qué planes trabaja, solo puede darlos esa clínica.',
    ),
    h2('Dos medicamentos, dos formas de pagar'),
    p(
      'La ketamina que se da en la vena es un medicamento para dormir a las personas en una cirugía. [La FDA no la ha aprobado para ninguna afección de salud mental](cite:fdaCompounded2023). Por eso, cuando se usa para la depresión, se usa "fuera de etiqueta". Eso es legal, pero cada plan de salud decide si lo paga, y para la depresión muchos no lo pagan. Con el dolor pasa lo mismo: las guías llaman a las infusiones de ketamina una opción para algunas afecciones, [no un tratamiento estándar](cite:asra2018).',
    ),
    p(
      'El aerosol nasal de esketamina (Spravato) está [aprobado para la depresión resistente al tratamiento](cite:spravatoLabel). También está aprobado para los síntomas de depresión con pensamientos o conductas suicidas repentinos. Como está aprobado, los planes pueden evaluarlo como otros medicamentos aprobados. A menudo piden una prueba de que antes se probaron otros antidepresivos. Solo se da en clínicas certificadas, dentro de un programa de seguridad estricto, con al menos dos horas de vigilancia después de cada dosis. Ese tiempo es parte de cada visita.',
    ),
    h2('Lo que aumenta el total'),
    p(
      'La [etiqueta de la esketamina](cite:spravatoLabel) y el [ensayo más grande de ketamina](cite:anand2023) muestran lo que implica un tratamiento:',
    ),
    bullets(
      'el número de sesiones: la etiqueta de la esketamina da dosis dos veces por semana durante las primeras cuatro semanas, y el ensayo más grande de ketamina dio infusiones dos veces por semana durante tres semanas',
      'sesiones repetidas si el beneficio desaparece',
      'la evaluación antes del tratamiento, y las visitas de seguimiento',
      'el tiempo fuera del trabajo, y el costo de que alguien lo lleve a casa, porque la etiqueta dice que no maneje hasta el día siguiente',
    ),
    callout(
      'info',
      'Un precio más alto no significa una mejor atención, y nadie puede prometer que el tratamiento va a funcionar. Tenga cuidado con los paquetes que hay que pagar completos antes de la evaluación.',
    ),
    h2('Riesgos que hay que tener en cuenta junto con el costo'),
    p(
      'La ketamina puede hacer que se sienta desconectado de sí mismo, mareado, con sueño, con náuseas o preocupado, y puede subir la presión arterial. Con menos frecuencia hace más lenta la respiración. Se puede usar de forma indebida ([etiqueta de la esketamina](cite:spravatoLabel)). El uso frecuente puede dañar la vejiga, y no se sabe si el uso a largo plazo es seguro ([revisión de los efectos secundarios](cite:short2018)). Llame al 911 si tiene dolor en el pecho, dificultad para respirar, un dolor de cabeza fuerte y repentino o una convulsión después de una dosis.',
    ),
    h2('Preguntas para la clínica y para su plan'),
    bullets(
      '¿Qué medicamento me proponen? ¿Está aprobado para mi afección o se usa fuera de etiqueta?',
      '¿Cuánto cuestan la evaluación, cada sesión y el seguimiento? ¿Qué incluye?',
      '¿Pagará mi plan alguna parte? Pregunte al plan por escrito qué necesita, como una aprobación previa.',
      '¿Cuántas sesiones están planeadas antes de decidir si está funcionando? ¿Qué pasa si no funciona?',
      '¿Hay otros tratamientos que mi plan cubre y que todavía no he probado?',
    ),
    h2('Si el costo lo hace imposible'),
    p(
      'La ketamina es una opción entre varias. Otros tratamientos para la depresión y para el dolor a menudo están cubiertos. Hablar de ellos con su propio médico cuesta poco. Nuestro [artículo sobre las alternativas](/es/articulos/alternativas-a-la-ketamina-y-si-no-ayuda) las explica.',
    ),
    cta(
      'call',
      '¿Quiere saber los costos antes de decidir?',
      'Llame a la clínica y pregunte qué implicarían una evaluación y un tratamiento completo.',
    ),
  ],
};
