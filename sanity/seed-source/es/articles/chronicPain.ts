import { bullets, callout, cta, h2, p } from '../../portableText.ts';
import { WHO_SHOULD_NOT_HAVE_KETAMINE_ES } from '../contraindications.ts';
import type { ArticleTranslationSeed } from '../types.ts';

export const chronicPainEs: ArticleTranslationSeed = {
  translationOf: 'ketamine-for-chronic-pain-what-the-evidence-says',
  slug: 'ketamina-dolor-cronico',
  title: 'Ketamina para el dolor crónico: lo que dice la evidencia',
  excerpt:
    'Las infusiones de ketamina pueden aliviar por un tiempo a algunas personas con ciertos tipos de dolor, pero la evidencia es mixta y, en general, débil. Un resumen honesto.',
  keyPoints: [
    'Las guías encuentran evidencia moderada para la ketamina solo en el SDRC, con alivio de hasta unas 12 semanas.',
    'Para la mayoría de los otros tipos de dolor crónico, la evidencia es débil o no existe.',
    'La revisión más grande no encontró un alivio claro del dolor con la ketamina intravenosa, y sí más efectos secundarios.',
    'Cuando la ketamina ayuda, el alivio suele ser parcial y puede pasar en unas semanas.',
  ],
  heroImageAlt: 'Ilustración abstracta de ondas suaves superpuestas en tonos verde azulado y arena',
  conditions: ['Dolor crónico', 'Dolor neuropático', 'SDRC'],
  risks: [
    'Disociación, mareo, confusión o sueños muy vívidos durante la infusión y poco después',
    'Un aumento temporal de la presión arterial y de la frecuencia cardíaca',
    'Náuseas y sedación',
    'Más efectos secundarios que con un placebo: en la revisión Cochrane de 2025, las personas que recibieron ketamina intravenosa tuvieron unas tres veces más probabilidades de reportar un efecto adverso',
    WHO_SHOULD_NOT_HAVE_KETAMINE_ES,
  ],
  seo: {
    title: 'Ketamina para el dolor crónico: la evidencia',
    description:
      'Lo que dicen la investigación y las guías sobre las infusiones de ketamina para el dolor crónico, quién podría beneficiarse y los riesgos.',
  },
  body: [
    p(
      'La ketamina se usa como anestésico desde hace décadas. En dosis más bajas, administrada lentamente por la vena, también se usa para algunos tipos de dolor de larga duración. En internet es fácil encontrar afirmaciones entusiastas sobre ella. Esta página explica lo que la investigación muestra en realidad, para que pueda valorarlo junto con sus médicos.',
    ),
    h2('Lo que dicen las guías'),
    p(
      'En 2018, tres sociedades médicas especializadas de EE. UU. revisaron la investigación y publicaron guías conjuntas sobre las infusiones de ketamina para el dolor crónico. Encontraron [evidencia moderada para el síndrome de dolor regional complejo (SDRC)](cite:asra2018), con un alivio que duró hasta unas 12 semanas, pero esa calificación se basa en unos pocos ensayos pequeños con esquemas de infusión específicos y no se extiende a cualquier dosis o pauta. Para el dolor después de una lesión de la médula espinal la evidencia fue débil, y para la mayoría de los demás tipos de dolor crónico fue débil o no existía.',
    ),
    p(
      'Un [metaanálisis de siete ensayos aleatorizados pequeños](cite:orhurhu2019) encontró una reducción pequeña del dolor hasta unas dos semanas después de una infusión, y la mayoría de esos ensayos tenía un alto riesgo de sesgo. El resumen más reciente y más amplio, una [revisión Cochrane de 2025](cite:cochranePain2025), no encontró una reducción clara del dolor con la ketamina intravenosa en comparación con un placebo, con una certeza muy baja en esa evidencia, y sí encontró más efectos secundarios.',
    ),
    h2('Dónde no ha ayudado'),
    p(
      'No todos los tipos de dolor responden. Para la fibromialgia y otros dolores generalizados, la [revisión Cochrane](cite:cochranePain2025) no encontró un beneficio claro, y las afirmaciones de que la ketamina trata la artritis no están respaldadas por estudios de buena calidad.',
    ),
    h2('Quién podría considerarla'),
    p(
      'Por lo general, la ketamina se plantea solo después de haber probado otros tratamientos. Entre las personas a quienes se podría evaluar para recibirla están los adultos que:',
    ),
    bullets(
      'tienen SDRC o dolor de los nervios que no ha respondido a la atención habitual',
      'están bajo el cuidado de un especialista en dolor o de un médico de cabecera que conoce su historial',
      'no tienen razones médicas que hagan que la ketamina sea insegura para ellos (vea la lista de riesgos en esta página)',
      'entienden que el alivio, cuando lo hay, suele ser temporal y puede requerir repetir el tratamiento',
    ),
    callout(
      'info',
      'La ketamina no es una cura para el dolor crónico. Cuando ayuda, el beneficio suele ser parcial y puede desaparecer en unas semanas, así que conviene verla como una parte de un plan más amplio para el dolor.',
    ),
    h2('En qué consiste un ciclo de tratamiento'),
    p(
      'Las guías recomiendan administrar las infusiones en un lugar donde [se puedan vigilar en todo momento la presión arterial, la frecuencia cardíaca y el nivel de oxígeno](cite:asra2018), con un período de recuperación después, y necesitará que alguien lo lleve a casa. No hay un único esquema que la investigación haya mostrado que sea el mejor.',
    ),
    h2('Preguntas para hacer antes de empezar'),
    bullets(
      '¿Qué evidencia hay para mi afección en particular?',
      '¿Cómo vamos a medir si está funcionando, y cuándo lo suspenderíamos?',
      '¿Qué efectos secundarios debo esperar, y qué pasa si me siento mal durante una sesión?',
      '¿Cómo encaja esto con mis otros tratamientos y medicamentos para el dolor?',
    ),
    cta(
      'call',
      '¿Se pregunta si la ketamina tiene lugar en su plan para el dolor?',
      'Llámenos para hablar de su historial y de la evidencia para su afección.',
    ),
  ],
};
