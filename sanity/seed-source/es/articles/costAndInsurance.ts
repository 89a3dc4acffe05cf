import { bullets, callout, cta, h2, p } from '../../portableText.ts';
import { WHO_SHOULD_NOT_HAVE_KETAMINE_ES } from '../contraindications.ts';
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
    'Disociación, mareo, náuseas, sedación y presión arterial elevada los días de tratamiento',
    WHO_SHOULD_NOT_HAVE_KETAMINE_ES,
  ],
  body: [
    p(
      'Es justo preguntar por el costo antes de cualquier tratamiento. Con la ketamina, la respuesta depende del medicamento que se use, para qué se use y cómo lo trata su plan de salud. Esta página explica lo que es igual en todas partes. Las cifras de una clínica en particular, y con qué planes trabaja, solo puede darlas esa clínica.',
    ),
    h2('Dos medicamentos, dos formas de pago'),
    p(
      'La ketamina que se da en la vena es un anestésico. [La FDA no la ha aprobado para ningún trastorno psiquiátrico](cite:fdaCompounded2023). Por eso, cuando se usa para la depresión, se usa "fuera de lo indicado en la etiqueta". Ese uso es legal, pero cada plan de salud decide si lo paga, y para la depresión muchos no lo pagan. Lo mismo pasa con el dolor: las guías describen las infusiones de ketamina como una opción para algunas afecciones, [no como un tratamiento estándar](cite:asra2018).',
    ),
    p(
      'El aerosol nasal de esketamina (Spravato) está [aprobado para la depresión resistente al tratamiento](cite:spravatoLabel), y para los síntomas depresivos con pensamientos o conductas suicidas agudos. Como está aprobado, los planes pueden evaluarlo como otros medicamentos aprobados, a menudo con condiciones, como una prueba de que ya se probaron otros antidepresivos. Solo se da en centros de salud certificados, dentro de un programa de seguridad restringido, con al menos dos horas de vigilancia después de cada dosis. Ese tiempo es parte de lo que implica una visita.',
    ),
    h2('Lo que aumenta el total'),
    bullets(
      'el número de sesiones: la etiqueta de la esketamina describe dosis dos veces por semana durante las primeras cuatro semanas, y el ensayo más grande de ketamina dio infusiones dos veces por semana durante tres semanas',
      'sesiones repetidas o de mantenimiento si el beneficio desaparece',
      'la evaluación antes del tratamiento y las visitas de seguimiento',
      'el tiempo fuera del trabajo y el costo de que alguien lo lleve a casa, porque la etiqueta aconseja no manejar hasta el día siguiente',
    ),
    p(
      'El ensayo que comparó la ketamina con la TEC dio [infusiones dos veces por semana durante tres semanas](cite:anand2023). Eso muestra cuántas visitas puede necesitar un tratamiento, aun antes de repetirlo.',
    ),
    callout(
      'info',
      'Un precio más alto no significa una mejor atención, y nadie puede prometer que el tratamiento va a funcionar. Tenga cuidado con los paquetes que hay que pagar completos antes de la evaluación.',
    ),
    h2('Preguntas para la clínica y para su plan'),
    bullets(
      '¿Qué medicamento me proponen? ¿Está aprobado para mi afección o se usa fuera de lo indicado en la etiqueta?',
      '¿Cuánto cuestan la evaluación, cada sesión y el seguimiento, y qué incluye cada cosa?',
      '¿Pagará mi plan alguna parte? Pregunte al plan por escrito qué necesita, como una autorización previa.',
      '¿Cuántas sesiones están planeadas antes de decidir si está funcionando, y qué pasa si no funciona?',
      '¿Hay otros tratamientos que mi plan cubre y que todavía no he probado?',
    ),
    h2('Si el costo lo hace imposible'),
    p(
      'La ketamina es una opción entre varias. Otros tratamientos para la depresión y para el dolor a menudo están cubiertos, y hablar de ellos con su propio médico cuesta poco. Nuestro [artículo sobre las alternativas](/es/articulos/alternativas-a-la-ketamina-y-si-no-ayuda) las explica.',
    ),
    cta(
      'call',
      '¿Quiere saber los costos antes de decidir?',
      'Llame a la clínica y pregunte qué implicarían una evaluación y un tratamiento completo.',
    ),
  ],
};
