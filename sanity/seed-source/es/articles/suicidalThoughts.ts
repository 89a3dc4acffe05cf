import { bullets, callout, cta, h2, p } from '../../portableText.ts';
import { WHO_SHOULD_NOT_HAVE_KETAMINE_ES } from '../contraindications.ts';
import type { ArticleTranslationSeed } from '../types.ts';

export const suicidalThoughtsEs: ArticleTranslationSeed = {
  translationOf: 'ketamine-and-suicidal-thoughts',
  slug: 'ketamina-pensamientos-suicidas',
  title:
    'Ketamina y pensamientos suicidas: un efecto rápido pero breve, que nunca reemplaza la atención de crisis',
  excerpt:
    'En ensayos pequeños, una sola dosis de ketamina redujo los pensamientos suicidas en aproximadamente un día en algunas personas, hasta por una semana. La atención de crisis siempre va primero.',
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
    'La mejoría de los pensamientos suicidas suele durar días, no semanas, si no hay más atención',
    'Disociación, mareo, sedación y presión arterial elevada después de una dosis',
    'Riesgo de uso indebido y dependencia con el uso repetido',
    'No reemplaza una evaluación de emergencia, un plan de seguridad ni el tratamiento continuo',
    WHO_SHOULD_NOT_HAVE_KETAMINE_ES,
  ],
  body: [
    callout(
      'crisis',
      'Si está pensando en el suicidio en este momento, llame o envíe un mensaje de texto al 988 para comunicarse con la Línea de Prevención del Suicidio y Crisis, a cualquier hora del día. Para hablar con alguien en español, llame al 988 y marque el 2. Si usted u otra persona está en peligro inmediato, llame al 911 o vaya a la sala de emergencias más cercana.',
    ),
    p(
      'Los pensamientos suicidas son una emergencia médica cuando vienen acompañados de un plan o de la intención de actuar. La mayoría de los tratamientos para la depresión tardan semanas en ayudar, y ese es mucho tiempo para alguien en esta situación. Esa es una de las razones por las que se ha investigado la ketamina, que en algunos estudios actuó en un día.',
    ),
    h2('Lo que muestra la investigación'),
    p(
      'Un [análisis combinado de datos individuales de pacientes](cite:wilkinson2018) de diez ensayos pequeños, con 167 personas en total, encontró que una sola dosis de ketamina intravenosa redujo los pensamientos suicidas más que un tratamiento de comparación. El efecto apareció en un día y se midió hasta por una semana. Los ensayos midieron pensamientos, no intentos de suicidio ni muertes, así que no pueden mostrar que la ketamina prevenga el suicidio.',
    ),
    p(
      'El aerosol nasal de esketamina está [aprobado en los Estados Unidos](cite:spravatoLabel) para tratar los síntomas depresivos en adultos con depresión mayor que tienen pensamientos o conductas suicidas agudos, junto con un antidepresivo oral. Su etiqueta dice claramente que no se ha demostrado que prevenga el suicidio ni que reduzca los pensamientos o las conductas suicidas, y que usarlo no reemplaza la atención en el hospital cuando un profesional de la salud la considere necesaria, aunque los síntomas mejoren.',
    ),
    h2('Qué lugar ocupa la ketamina'),
    p(
      'Los investigadores y la etiqueta describen la ketamina para este fin solo como parte de una atención integral, lo que significa:',
    ),
    bullets(
      'primero, una evaluación completa del riesgo por un profesional de la salud calificado',
      'un plan de seguridad por escrito, y personas a las que pueda llamar cuando las cosas empeoren',
      'tratamiento continuo con un psiquiatra, un terapeuta o un médico de cabecera',
      'un seguimiento cercano en los días después de cada dosis, cuando el efecto puede pasar',
    ),
    callout(
      'warning',
      'El tratamiento con ketamina no es atención de emergencia. Si hoy está en peligro, comuníquese con el 988 o el 911 en lugar de hacer una cita.',
    ),
    h2('Cómo hablar con alguien que le importa'),
    p(
      'Si le preocupa un amigo o un familiar, pregúntele directamente si está pensando en el suicidio. Preguntar no le mete la idea en la cabeza. Quédese con esa persona, retire todo lo que pueda usar para hacerse daño si puede hacerlo sin peligro, y ayúdele a llamar o a enviar un mensaje de texto al 988.',
    ),
    cta(
      'call',
      '¿Tiene preguntas sobre el tratamiento para la depresión persistente?',
      'Llame a la clínica para preguntar por una evaluación. En una crisis, llame o envíe un mensaje de texto al 988, o llame al 911.',
    ),
  ],
};
