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
    'Dejar para después otro tratamiento probado mientras prueba la ketamina',
    'Los efectos sobre el ánimo o el dolor a menudo desaparecen si no hay más tratamiento',
    'Disociación, mareo, sueño, dolor de cabeza, ansiedad, náuseas y presión arterial elevada durante el tratamiento',
    SLOWED_BREATHING_ES,
    MISUSE_AND_DEPENDENCE_ES,
    BLADDER_PROBLEMS_ES,
    LONG_TERM_SAFETY_UNKNOWN_ES,
    WHO_SHOULD_NOT_HAVE_KETAMINE_ES,
    WHEN_TO_GET_URGENT_HELP_ES,
  ],
  body: [
    p(
      'Se habla mucho de la ketamina. Pero es una opción entre varias, y no ayuda a todos. Conocer las otras opciones le ayuda a decidir si probarla. También le ayuda a saber qué hacer después si no le funciona.',
    ),
    h2('Con qué frecuencia la ketamina no ayuda'),
    p(
      'En un ensayo grande se comparó la ketamina con la TEC, un tratamiento que usa una pequeña corriente eléctrica en el cerebro. [Cerca del 55 % de las personas que recibieron ketamina respondieron](cite:anand2023). Así que casi la mitad no respondió. Al reunir los ensayos, una [revisión Cochrane](cite:cochraneDepression2021) encontró que el beneficio a las 24 horas era incierto y a menudo breve. Para el dolor de larga duración en general, una [revisión Cochrane de 2025](cite:cochranePain2025) no encontró una bajada clara del dolor con la ketamina en la vena.',
    ),
    h2('Otras opciones para la depresión que no ha mejorado'),
    p('Entre las opciones que se prueban a menudo están:'),
    bullets(
      'un antidepresivo nuevo, una dosis más alta o dos medicamentos a la vez, ajustados con un psiquiatra',
      'una terapia de conversación con un plan definido, junto con los medicamentos',
      'la TEC, uno de los tratamientos más eficaces para la depresión grave ([ensayo KetECT](cite:ekstrand2022))',
      'el aerosol nasal de esketamina, un medicamento aprobado que se da en clínicas certificadas',
    ),
    p(
      'En [un ensayo](cite:anand2023), la ketamina no fue peor que la TEC. En [otro ensayo](cite:ekstrand2022), más personas se recuperaron con la TEC (63 %) que con la ketamina (46 %). Una [revisión que combinó los ensayos](cite:rhee2022) encontró que la TEC funcionó mejor. Un [grupo de expertos](cite:mcintyre2021) ubicó la ketamina y la esketamina después de que dos antidepresivos no hayan funcionado. Es un paso dentro de un plan más largo, no un reemplazo de ese plan.',
    ),
    h2('Otras opciones para el dolor crónico'),
    p(
      'Las guías para el dolor ven las infusiones de ketamina como [una parte de un plan más amplio](cite:asra2018). La base habitual es la fisioterapia, la ayuda con el sueño y el ánimo, y una revisión de sus medicamentos con un experto en dolor. Las formas de sobrellevar el dolor que enseña un terapeuta también ayudan. Esa base se mantiene, se pruebe lo que se pruebe.',
    ),
    h2('Si la ketamina no ha ayudado'),
    p(
      'Acuerde de antemano cómo van a saber si el tratamiento funciona y cuándo lo van a dejar. La [etiqueta de la esketamina](cite:spravatoLabel) pide revisar el beneficio a las cuatro semanas, para decidir si se sigue. Si no hay un cambio real, es poco probable que más sesiones sean la respuesta. No es culpa suya. No significa que nada más vaya a ayudar.',
    ),
    bullets(
      'pida que revisen el diagnóstico y todos los tratamientos que ha probado hasta ahora, con las dosis y cuánto tiempo los tomó',
      'pregunte por las opciones de arriba que todavía no ha probado',
      'mantenga la atención que ya tiene, como la terapia o un programa para el dolor',
    ),
    h2('Riesgos de la ketamina que hay que tener en cuenta'),
    p(
      'La ketamina puede hacer que se sienta desconectado de sí mismo, mareado, con sueño, con náuseas o preocupado, y puede subir la presión arterial. Con menos frecuencia hace más lenta la respiración. Se puede usar de forma indebida ([etiqueta de la esketamina](cite:spravatoLabel)). El uso frecuente puede dañar la vejiga, y no se sabe si el uso a largo plazo es seguro ([revisión de los efectos secundarios](cite:short2018)). Llame al 911 si tiene dolor en el pecho, dificultad para respirar, un dolor de cabeza fuerte y repentino o una convulsión después de una dosis.',
    ),
    callout(
      'crisis',
      'Si se siente peor, o tiene pensamientos de quitarse la vida, llame o envíe un mensaje de texto al 988, la Línea de Prevención del Suicidio y Crisis. En una emergencia, llame al 911.',
    ),
    cta(
      'call',
      '¿Está pensando en sus opciones?',
      'Llame a la clínica para hablar de dónde podría encajar la ketamina, y qué más podría probar.',
    ),
  ],
};
