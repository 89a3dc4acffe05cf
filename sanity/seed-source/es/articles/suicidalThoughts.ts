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

export const suicidalThoughtsEs: ArticleTranslationSeed = {
  translationOf: 'ketamine-and-suicidal-thoughts',
  slug: 'ketamina-pensamientos-suicidas',
  title:
    'Ketamina y pensamientos suicidas: un efecto rápido pero breve, que nunca reemplaza la atención de crisis',
  excerpt:
    'En ensayos pequeños, una dosis de ketamina alivió los pensamientos suicidas en un día en algunas personas. El efecto duró hasta unos tres días. La atención de crisis siempre va primero.',
  keyPoints: [
    'Si está en peligro ahora, llame o envíe un mensaje de texto al 988, o llame al 911.',
    'En ensayos pequeños, una dosis de ketamina alivió los pensamientos suicidas en un día en algunas personas.',
    'El efecto duró hasta unos tres días, no más.',
    'Ningún estudio ha mostrado que la ketamina prevenga el suicidio.',
    'La ketamina solo es parte de una atención completa, nunca reemplaza la atención de crisis.',
  ],
  heroImageAlt: 'Ilustración abstracta de un pequeño farol que brilla contra un cielo nocturno azul oscuro',
  conditions: ['Ideación suicida', 'Depresión'],
  risks: [
    'En los ensayos, el alivio de los pensamientos suicidas duró hasta unos tres días; para que dure, se necesita otra atención',
    'Disociación, mareo, sueño, dolor de cabeza, ansiedad y presión arterial elevada después de una dosis',
    SLOWED_BREATHING_ES,
    MISUSE_AND_DEPENDENCE_ES,
    BLADDER_PROBLEMS_ES,
    LONG_TERM_SAFETY_UNKNOWN_ES,
    'No reemplaza una evaluación de emergencia, un plan de seguridad ni el tratamiento continuo',
    WHO_SHOULD_NOT_HAVE_KETAMINE_ES,
    WHEN_TO_GET_URGENT_HELP_ES,
  ],
  body: [
    callout(
      'crisis',
      'Si está pensando en el suicidio en este momento, llame o envíe un mensaje de texto al 988 para comunicarse con la Línea de Prevención del Suicidio y Crisis, a cualquier hora del día. Para hablar con alguien en español, llame al 988 y marque el 2. Si usted u otra persona está en peligro inmediato, llame al 911 o vaya a la sala de emergencias más cercana.',
    ),
    p(
      'Los pensamientos suicidas son una emergencia cuando vienen con un plan o con la intención de actuar. Las personas en esta situación necesitan ayuda rápida. Esa es una razón por la que se ha investigado la ketamina, que en algunos estudios actuó en un día.',
    ),
    h2('Lo que muestra la investigación'),
    p(
      'Una [revisión de 15 ensayos con 572 personas](cite:witt2020) encontró que una dosis de ketamina alivió los pensamientos suicidas más que un tratamiento de comparación. El efecto empezó en unas 4 horas y duró hasta unas 72 horas (tres días), pero no más. Los resultados variaron mucho entre los ensayos, y los autores calificaron la evidencia de moderada a baja.',
    ),
    p(
      'Un [análisis combinado anterior de diez ensayos pequeños](cite:wilkinson2018), con 167 personas en total, encontró una mejoría en un día. Los ensayos midieron pensamientos, no intentos de suicidio ni muertes. Por eso no pueden mostrar que la ketamina prevenga el suicidio.',
    ),
    p(
      'El aerosol nasal de esketamina está [aprobado en los Estados Unidos](cite:spravatoLabel) para los síntomas de depresión en adultos con depresión mayor que tienen pensamientos o conductas suicidas repentinos. Se da junto con un antidepresivo que se toma por la boca. Su etiqueta dice que no se ha demostrado que prevenga el suicidio ni que reduzca los pensamientos o las conductas suicidas. También dice que usarlo no reemplaza una estancia en el hospital cuando un profesional de la salud la considera necesaria.',
    ),
    h2('Qué lugar ocupa la ketamina'),
    p(
      'La [etiqueta de la esketamina](cite:spravatoLabel) la describe solo como parte de una atención completa, nunca sola. Eso significa:',
    ),
    bullets(
      'primero, una evaluación completa de su riesgo por un profesional de la salud capacitado',
      'un plan de seguridad por escrito, y personas a las que pueda llamar cuando las cosas empeoren',
      'atención continua con un psiquiatra, un terapeuta o un médico de familia',
      'un seguimiento cercano en los días después de cada dosis, cuando el efecto puede pasar',
    ),
    p(
      'La ketamina también tiene efectos secundarios, como sentirse desconectado, mareo, dolor de cabeza, ansiedad y un aumento de la presión arterial ([revisión de los efectos secundarios](cite:short2018)). Nuestra página sobre los efectos secundarios los explica todos.',
    ),
    callout(
      'warning',
      'El tratamiento con ketamina no es atención de emergencia. Si hoy está en peligro, comuníquese con el 988 o el 911 en lugar de hacer una cita.',
    ),
    h2('Cómo hablar con alguien que le importa'),
    p(
      'Si le preocupa un amigo o un familiar, pregúntele directamente si está pensando en el suicidio. [Preguntar no le mete la idea en la cabeza](cite:dazzi2014). Quédese con esa persona. Si puede hacerlo sin peligro, retire todo lo que pueda usar para hacerse daño. Ayúdele a llamar o a enviar un mensaje de texto al 988.',
    ),
    cta(
      'call',
      '¿Tiene preguntas sobre el tratamiento para la depresión persistente?',
      'Llame a la clínica para preguntar por una evaluación. En una crisis, llame o envíe un mensaje de texto al 988, o llame al 911.',
    ),
  ],
};
