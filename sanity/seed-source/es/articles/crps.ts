import { bullets, callout, cta, h2, numbered, p } from '../../portableText.ts';
import { WHO_SHOULD_NOT_HAVE_KETAMINE_ES } from '../contraindications.ts';
import {
  BLADDER_PROBLEMS_ES,
  LONG_TERM_SAFETY_UNKNOWN_ES,
  MISUSE_AND_DEPENDENCE_ES,
  SLOWED_BREATHING_ES,
  WHEN_TO_GET_URGENT_HELP_ES,
} from '../riskLines.ts';
import type { ArticleTranslationSeed } from '../types.ts';

export const crpsEs: ArticleTranslationSeed = {
  translationOf: 'ketamine-for-crps-what-to-expect',
  slug: 'ketamina-para-el-sdrc-que-esperar',
  title: 'Ketamina para el síndrome de dolor regional complejo (SDRC): qué esperar',
  excerpt:
    'El SDRC es la afección de dolor en la que las guías califican más alto la evidencia de las infusiones de ketamina, y aun así es limitada. Qué significa, y qué implica el tratamiento.',
  keyPoints: [
    'El SDRC es la afección de dolor en la que las guías califican más alto la evidencia de la ketamina.',
    'Esa evidencia es moderada, viene de unos pocos ensayos pequeños y muestra alivio hasta por unas 12 semanas.',
    'No todas las personas responden, y el alivio tiende a desaparecer en las semanas después del tratamiento.',
    'Las infusiones duran horas, y se vigilan la frecuencia cardíaca, la presión arterial y el oxígeno todo el tiempo.',
  ],
  heroImageAlt:
    'Ilustración abstracta del contorno de una mano dibujado con líneas naranja cálido sobre un fondo claro',
  conditions: ['SDRC', 'Dolor neuropático'],
  risks: [
    'Disociación, visión borrosa, mareo o sueños poco comunes durante la infusión',
    'Un aumento breve de la presión arterial y de la frecuencia cardíaca',
    'Náuseas, dolor de cabeza, ansiedad y cansancio el día del tratamiento',
    SLOWED_BREATHING_ES,
    MISUSE_AND_DEPENDENCE_ES,
    BLADDER_PROBLEMS_ES,
    LONG_TERM_SAFETY_UNKNOWN_ES,
    WHO_SHOULD_NOT_HAVE_KETAMINE_ES,
    WHEN_TO_GET_URGENT_HELP_ES,
  ],
  body: [
    p(
      'El síndrome de dolor regional complejo, o SDRC, es un dolor de larga duración. Lo más común es que aparezca después de una lesión en un brazo o una pierna. El dolor es mucho peor de lo que la lesión explicaría. Puede venir con hinchazón, cambios en el color y la temperatura de la piel, y rigidez. Es difícil de tratar, y las personas a menudo prueban muchas opciones.',
    ),
    h2('Por qué se usa la ketamina para el SDRC'),
    p(
      'La ketamina bloquea un blanco del sistema nervioso llamado [receptor NMDA](cite:zanos2018). Este receptor participa en la forma en que las señales de dolor pueden hacerse más fuertes con el tiempo. La idea es que calmarlo puede bajar un dolor que se mantiene por sí solo. Esto explica por qué podría ayudar. No prueba que ayude; para eso dependemos de los ensayos.',
    ),
    h2('Lo que muestra la evidencia'),
    p(
      'Unas guías conjuntas de tres grupos de expertos de los Estados Unidos encontraron [evidencia moderada de que las infusiones de ketamina pueden aliviar el dolor del SDRC](cite:asra2018) hasta por unas 12 semanas. Esa calificación se aplica a los esquemas de infusión que se probaron en unos pocos ensayos pequeños, no a cualquier dosis u horario. Los resultados variaron de una persona a otra. Los datos combinados de los ensayos sugieren que [el alivio, si lo hay, tiende a desaparecer](cite:orhurhu2019) en las semanas después del tratamiento. Una [revisión Cochrane de 2025](cite:cochranePain2025) sobre el dolor de larga duración en general no encontró una bajada clara del dolor con la ketamina en la vena, con una certeza muy baja en la evidencia.',
    ),
    callout(
      'info',
      'No todas las personas con SDRC responden. Acuerde antes con su profesional de la salud cómo van a saber si está ayudando, y cuándo lo dejarían.',
    ),
    h2('Cómo es un tratamiento'),
    numbered(
      'Una evaluación: su historia, sus medicamentos, su presión arterial y cualquier afección que haría que la ketamina no sea segura.',
      'Un plan acordado con usted, que incluye cómo se medirán el dolor y su vida diaria antes y después de cada sesión.',
      'Infusiones lentas en la vena durante varias horas, con [vigilancia de la frecuencia cardíaca, la presión arterial y el oxígeno](cite:asra2018) todo el tiempo.',
      'Descanso en la clínica hasta que esté estable y con la mente despejada; otra persona lo lleva a casa.',
      'Una revisión para decidir si seguir, hacer una pausa o dejarlo.',
    ),
    h2('Efectos secundarios y riesgos'),
    p(
      'La ketamina puede hacer que se sienta desconectado de sí mismo, mareado, con sueño, con náuseas o preocupado, y puede subir la presión arterial. Con menos frecuencia hace más lenta la respiración. Se puede usar de forma indebida ([etiqueta de la esketamina](cite:spravatoLabel)). El uso frecuente puede dañar la vejiga, y no se sabe si el uso a largo plazo es seguro ([revisión de los efectos secundarios](cite:short2018)). Llame al 911 si tiene dolor en el pecho, dificultad para respirar, un dolor de cabeza fuerte y repentino o una convulsión después de una infusión.',
    ),
    h2('Vivir con SDRC junto con el tratamiento'),
    p('La ketamina es una herramienta, no todo el plan. Por lo general se combina con:'),
    bullets(
      'fisioterapia y terapia ocupacional para mantener en movimiento el brazo o la pierna afectados',
      'apoyo para el sueño, el ánimo y el estrés, que influyen en el dolor',
      'una revisión de los otros medicamentos con su propio médico',
    ),
    p(
      'Como el efecto a menudo desaparece, a algunas personas se les ofrece repetir el tratamiento. Hay poca investigación sobre el mejor horario, o sobre la seguridad de muchas infusiones durante años ([guías](cite:asra2018)). Por eso cualquier plan debe revisarse a menudo.',
    ),
    cta(
      'book',
      '¿Tiene SDRC y quiere saber si la ketamina es una opción?',
      'Pida una consulta para revisar su historia y lo que implicaría el tratamiento.',
    ),
  ],
};
