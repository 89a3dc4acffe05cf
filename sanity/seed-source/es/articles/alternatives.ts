import { bullets, callout, cta, h2, p } from '../../portableText.ts';
import { WHO_SHOULD_NOT_HAVE_KETAMINE_ES } from '../contraindications.ts';
import type { ArticleTranslationSeed } from '../types.ts';

export const alternativesEs: ArticleTranslationSeed = {
  translationOf: 'alternatives-to-ketamine-and-if-it-does-not-help',
  slug: 'alternativas-a-la-ketamina-y-si-no-ayuda',
  title: 'Alternativas a la ketamina, y qué hacer si no ayuda',
  excerpt:
    'La ketamina no ayuda a todos. Los otros tratamientos para la depresión y el dolor crónico, y cómo decidir qué sigue si la ketamina no ha funcionado.',
  keyPoints: [
    'La ketamina no ayuda a todos: en el ensayo más grande, casi la mitad de las personas no respondió.',
    'Entre las otras opciones para la depresión están cambiar de medicamento, la terapia de conversación, la TEC y la esketamina.',
    'Para el dolor crónico, lo primero es la terapia, el apoyo para el sueño y el ánimo, y una revisión de los medicamentos.',
    'Acuerde de antemano cómo van a saber si la ketamina funciona y cuándo dejarla.',
  ],
  heroImageAlt:
    'Ilustración abstracta de tres caminos que salen de un mismo punto sobre un campo verde suave',
  conditions: ['Depresión resistente al tratamiento', 'Dolor crónico', 'SDRC'],
  risks: [
    'Retrasar otro tratamiento probado mientras prueba la ketamina',
    'Los efectos sobre el ánimo o el dolor a menudo desaparecen si no hay más tratamiento',
    'Disociación, mareo, náuseas, sedación y presión arterial elevada durante el tratamiento',
    WHO_SHOULD_NOT_HAVE_KETAMINE_ES,
  ],
  body: [
    p(
      'Se habla mucho de la ketamina, pero es una opción entre varias, y no ayuda a todos. Conocer las alternativas le ayuda a decidir si probarla, y qué hacer después si no le funciona.',
    ),
    h2('Con qué frecuencia la ketamina no ayuda'),
    p(
      'En el ensayo más grande que comparó la ketamina con la terapia electroconvulsiva (TEC), [cerca del 55 % de las personas que recibieron ketamina respondieron](cite:anand2023). Eso significa que casi la mitad no respondió. Al reunir los ensayos, una [revisión Cochrane](cite:cochraneDepression2021) encontró que el beneficio a las 24 horas era incierto y a menudo breve. Para el dolor crónico en general, una [revisión Cochrane de 2025](cite:cochranePain2025) no encontró una reducción clara del dolor con la ketamina en la vena.',
    ),
    h2('Otras opciones para la depresión que no ha mejorado'),
    bullets(
      'otro antidepresivo, una dosis más alta o una combinación, ajustados con un psiquiatra',
      'una terapia de conversación estructurada, junto con los medicamentos',
      'la terapia electroconvulsiva, uno de los tratamientos más eficaces para la depresión grave, a la que le fue más o menos igual que a la ketamina en el ensayo que las comparó',
      'el aerosol nasal de esketamina, un medicamento aprobado que se da en centros certificados',
    ),
    p(
      'Un [grupo internacional de expertos](cite:mcintyre2021) ubicó la ketamina y la esketamina después de que al menos dos antidepresivos no hayan funcionado, como un paso dentro de un plan más largo y no como un reemplazo de ese plan.',
    ),
    h2('Otras opciones para el dolor crónico'),
    p(
      'Las guías para el dolor ven las infusiones como [una parte de un plan más amplio](cite:asra2018). La base habitual, se pruebe lo que se pruebe, es la fisioterapia y la terapia ocupacional, la ayuda con el sueño y el ánimo, la psicología del dolor y una revisión de los medicamentos con un especialista en dolor.',
    ),
    h2('Si la ketamina no ha ayudado'),
    p(
      'Acuerde de antemano cómo van a saber si el tratamiento funciona y cuándo lo van a dejar. La [etiqueta de la esketamina](cite:spravatoLabel) pide revisar el beneficio al final de las primeras cuatro semanas para decidir si se sigue. Si no hay un cambio importante, es poco probable que más sesiones sean la respuesta. No es un fracaso suyo, y no significa que nada más vaya a ayudar.',
    ),
    bullets(
      'pida que revisen el diagnóstico y todos los tratamientos que ha probado hasta ahora, con las dosis y el tiempo de cada uno',
      'pregunte por las opciones de arriba que todavía no ha probado',
      'mantenga la atención que ya tiene, como la terapia o un programa para el dolor',
    ),
    callout(
      'crisis',
      'Si se siente peor, o tiene pensamientos de quitarse la vida, llame o envíe un mensaje de texto al 988 para comunicarse con la Línea de Prevención del Suicidio y Crisis, o llame al 911 en una emergencia.',
    ),
    cta(
      'call',
      '¿Está pensando en sus opciones?',
      'Llame a la clínica para hablar de dónde podría encajar la ketamina, y qué más podría probar.',
    ),
  ],
};
