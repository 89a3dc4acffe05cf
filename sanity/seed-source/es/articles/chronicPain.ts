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
    'Un aumento breve de la presión arterial y de la frecuencia cardíaca',
    'Náuseas, dolor de cabeza, ansiedad y sueño',
    'Más efectos secundarios que con un placebo: en la revisión Cochrane de 2025, las personas que recibieron ketamina intravenosa tuvieron unas tres veces más probabilidades de reportar un efecto adverso',
    SLOWED_BREATHING_ES,
    MISUSE_AND_DEPENDENCE_ES,
    BLADDER_PROBLEMS_ES,
    LONG_TERM_SAFETY_UNKNOWN_ES,
    WHO_SHOULD_NOT_HAVE_KETAMINE_ES,
    WHEN_TO_GET_URGENT_HELP_ES,
  ],
  seo: {
    title: 'Ketamina para el dolor crónico: la evidencia',
    description:
      'Lo que dicen la investigación y las guías sobre las infusiones de ketamina para el dolor crónico, quién podría beneficiarse y los riesgos.',
  },
  body: [
    p(
      'La ketamina se usa desde hace décadas para dormir a las personas durante una cirugía. En dosis más bajas, dada despacio por la vena, también se usa para algunos tipos de dolor de larga duración. En internet es fácil encontrar afirmaciones exageradas sobre ella. Esta página explica lo que la investigación muestra en realidad, para que pueda valorarlo con sus médicos.',
    ),
    h2('Lo que dicen las guías'),
    p(
      'En 2018, tres grupos de expertos de EE. UU. revisaron la investigación y escribieron guías conjuntas sobre las infusiones de ketamina para el dolor de larga duración. Encontraron [evidencia moderada para el síndrome de dolor regional complejo (SDRC)](cite:asra2018), con un alivio de hasta unas 12 semanas. Pero esa calificación se basa en unos pocos ensayos pequeños con ciertos esquemas de infusión. No se aplica a cualquier dosis o pauta. Para el dolor después de una lesión de la médula espinal, la evidencia fue débil. Para la mayoría de los demás tipos de dolor de larga duración, fue débil o no existía.',
    ),
    p(
      'Una [revisión de siete ensayos pequeños](cite:orhurhu2019) encontró una reducción pequeña del dolor hasta unas dos semanas después de una infusión. La mayoría de esos ensayos tenía un alto riesgo de sesgo. El resumen más reciente y más amplio, una [revisión Cochrane de 2025](cite:cochranePain2025), no encontró una reducción clara del dolor con la ketamina por la vena en comparación con un medicamento falso (placebo). La certeza de esa evidencia fue muy baja, y hubo más efectos secundarios.',
    ),
    h2('Dónde no ha ayudado'),
    p(
      'No todos los tipos de dolor responden. Para la fibromialgia y otros dolores generalizados, la [revisión Cochrane](cite:cochranePain2025) no encontró un beneficio claro. Las afirmaciones de que la ketamina trata la artritis no están respaldadas por buenos estudios.',
    ),
    h2('Quién podría considerarla'),
    p(
      'Por lo general, la ketamina se plantea solo después de haber probado otros tratamientos ([guías](cite:asra2018)). Entre las personas a quienes se podría evaluar están los adultos que:',
    ),
    bullets(
      'tienen SDRC o dolor de los nervios que no ha respondido a la atención habitual',
      'están bajo el cuidado de un especialista en dolor o de un médico de familia que conoce su historial',
      'no tienen ninguna razón médica que haga que la ketamina sea insegura para ellos (vea la lista de riesgos en esta página)',
      'entienden que el alivio, cuando lo hay, suele durar poco y puede requerir repetir el tratamiento',
    ),
    callout(
      'info',
      'La ketamina no es una cura para el dolor crónico. Cuando ayuda, el beneficio suele ser parcial y puede desaparecer en unas semanas, así que conviene verla como una parte de un plan más amplio para el dolor.',
    ),
    h2('En qué consiste un ciclo de tratamiento'),
    p(
      'Las guías aconsejan dar las infusiones donde [se puedan vigilar todo el tiempo la presión arterial, la frecuencia cardíaca y el oxígeno](cite:asra2018), con un descanso después. Necesitará que alguien lo lleve a casa. No se ha demostrado que un esquema sea el mejor.',
    ),
    h2('Efectos secundarios y riesgos'),
    p(
      'La ketamina puede hacer que se sienta desconectado de sí mismo, mareado, con sueño, con náuseas o preocupado, y puede subir la presión arterial. Con menos frecuencia, hace más lenta la respiración. Se puede usar de forma indebida ([etiqueta de la esketamina](cite:spravatoLabel)). El uso frecuente puede dañar la vejiga, y no se sabe si el uso a largo plazo es seguro ([revisión de los efectos secundarios](cite:short2018)). Llame al 911 si tiene dolor en el pecho, dificultad para respirar, un dolor de cabeza fuerte y repentino o una convulsión después de una infusión.',
    ),
    h2('Preguntas para hacer antes de empezar'),
    bullets(
      '¿Qué evidencia hay para mi propia afección?',
      '¿Cómo sabremos si está funcionando, y cuándo lo suspenderíamos?',
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
