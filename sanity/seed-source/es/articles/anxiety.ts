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

export const anxietyEs: ArticleTranslationSeed = {
  translationOf: 'ketamine-and-anxiety-early-research',
  slug: 'ketamina-y-ansiedad-investigacion-inicial',
  title: 'Ketamina y ansiedad: lo que muestra la investigación inicial',
  excerpt:
    'Estudios pequeños sugieren que la ketamina puede aliviar la ansiedad por poco tiempo en algunas personas. La investigación es inicial y limitada; esto es lo que se sabe.',
  keyPoints: [
    'Estudios pequeños sugieren que la ketamina puede aliviar la ansiedad durante horas o días en algunas personas.',
    'La mayoría de los ensayos son pequeños, y muchos tienen un alto riesgo de sesgo.',
    'La FDA no ha aprobado la ketamina para la ansiedad ni para ningún otro trastorno psiquiátrico.',
    'Las terapias de conversación y algunos medicamentos tienen más evidencia y por lo general se prueban primero.',
  ],
  heroImageAlt: 'Ilustración abstracta de ondas que se extienden con calma sobre agua verde y quieta',
  conditions: ['Trastornos de ansiedad', 'Trastorno de ansiedad generalizada', 'Trastorno de ansiedad social'],
  risks: [
    'La disociación puede dar miedo, y la ansiedad puede subir por un rato durante el tratamiento',
    'Presión arterial y frecuencia cardíaca elevadas',
    'Mareo, dolor de cabeza, náuseas y sueño',
    SLOWED_BREATHING_ES,
    MISUSE_AND_DEPENDENCE_ES,
    BLADDER_PROBLEMS_ES,
    LONG_TERM_SAFETY_UNKNOWN_ES,
    WHO_SHOULD_NOT_HAVE_KETAMINE_ES,
    WHEN_TO_GET_URGENT_HELP_ES,
  ],
  body: [
    p(
      'Los trastornos de ansiedad son comunes. A algunas personas, la terapia de conversación y los medicamentos no las alivian lo suficiente ([revisión de ensayos](cite:whittaker2021)). La ketamina se ha estudiado para la ansiedad porque actúa rápido en la depresión. Los resultados hasta ahora son interesantes, pero están lejos de ser definitivos.',
    ),
    h2('Lo que muestran los estudios'),
    p(
      'Una [revisión de seis ensayos pequeños](cite:whittaker2021) estudió a personas con ansiedad difícil de tratar. En cuatro de los seis, la ketamina dio más mejoría que el tratamiento de comparación. Al combinar los ensayos, la probabilidad de responder fue mayor en la ansiedad social. No hubo un efecto claro en el TEPT.',
    ),
    p(
      'Una [revisión más grande, de catorce ensayos](cite:hartland2023) en varias afecciones, encontró que la ansiedad bajó a corto plazo. Pero se juzgó que once de los catorce ensayos tenían un alto riesgo de sesgo, y muchos eran pequeños. En pocas palabras, las [revisiones](cite:hartland2023) muestran que:',
    ),
    bullets(
      'hay señales iniciales de que la ketamina puede aliviar la ansiedad durante horas o días en algunas personas',
      'los estudios son pequeños, cortos y distintos entre sí, así que no se sabe cuánto ayuda ni por cuánto tiempo',
      'hay muy poca evidencia sobre el tratamiento repetido de la ansiedad durante meses',
      '[la FDA no ha aprobado la ketamina para ninguna afección de salud mental](cite:fdaCompounded2023), incluida la ansiedad',
    ),
    callout(
      'info',
      'Como la evidencia es limitada, la ketamina no es una primera opción para la ansiedad. Por lo general, primero se prueban tratamientos con más evidencia, como las terapias de conversación y algunos medicamentos.',
    ),
    h2('Sentirse desconectado, y la ansiedad'),
    p(
      'La ketamina puede hacer que se sienta desconectado de sí mismo o como en un sueño ([etiqueta de la esketamina](cite:spravatoLabel)). Suele ser breve, pero a algunas personas con ansiedad les resulta angustiante. La preocupación es en sí misma un efecto secundario común ([revisión de los efectos secundarios](cite:short2018)). Pregunte antes qué puede esperar, quién estará cerca y cómo avisar si se siente incómodo.',
    ),
    h2('Otros riesgos'),
    p(
      'La ketamina también puede causar mareo, sueño, dolor de cabeza, náuseas y un aumento de la presión arterial. Con menos frecuencia hace más lenta la respiración. Se puede usar de forma indebida ([etiqueta de la esketamina](cite:spravatoLabel)). El uso frecuente puede dañar la vejiga, y no se sabe si el uso a largo plazo es seguro ([revisión de los efectos secundarios](cite:short2018)). Llame al 911 si tiene dolor en el pecho, dificultad para respirar, un dolor de cabeza fuerte y repentino o una convulsión después de una dosis.',
    ),
    h2('Cuando la ansiedad viene con depresión'),
    p(
      'La ansiedad a menudo viene con la depresión. Cuando se ofrece ketamina, suele ser como tratamiento para la depresión. Cualquier cambio en la ansiedad se sigue entonces como parte de esa atención.',
    ),
    h2('Preguntas que vale la pena hacer'),
    bullets(
      '¿Qué tratamientos probados he usado, y durante cuánto tiempo?',
      '¿Qué contaría como una mejoría real para mí, y cómo la vamos a medir?',
      '¿Qué pasa si el efecto desaparece después de unos días?',
      '¿Cómo me afectaría sentirme desconectado, con mi ansiedad?',
    ),
    callout(
      'crisis',
      'Si la ansiedad o el ánimo bajo lo llevan alguna vez a pensar en hacerse daño, llame o envíe un mensaje de texto al 988, la Línea de Prevención del Suicidio y Crisis. En una emergencia, llame al 911.',
    ),
    cta(
      'call',
      '¿Vive con una ansiedad que no ha mejorado?',
      'Llame a la clínica para hablar de sus opciones y de si una evaluación le sería útil.',
    ),
  ],
};
