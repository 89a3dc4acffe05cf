import { bullets, callout, cta, h2, p } from '../../portableText.ts';
import { WHO_SHOULD_NOT_HAVE_KETAMINE_ES } from '../contraindications.ts';
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
    'Mareo, náuseas y sedación',
    'Riesgo de uso indebido y dependencia con el uso repetido',
    WHO_SHOULD_NOT_HAVE_KETAMINE_ES,
  ],
  body: [
    p(
      'Los trastornos de ansiedad están entre los problemas de salud mental más comunes. Los tratamientos habituales, como la terapia de conversación y los antidepresivos, no alivian lo suficiente a algunas personas. La ketamina se ha estudiado para la ansiedad por sus efectos rápidos en la depresión. Los resultados hasta ahora son interesantes, pero están lejos de ser definitivos.',
    ),
    h2('Lo que muestran los estudios'),
    p(
      'Una [revisión de seis ensayos aleatorizados pequeños](cite:whittaker2021) estudió a personas con ansiedad difícil de tratar. En cuatro de los seis ensayos, la ketamina dio más mejoría que el tratamiento de comparación. Al combinar los ensayos, la probabilidad de responder fue mayor en el trastorno de ansiedad social. Pero no hubo un efecto significativo en el trastorno de estrés postraumático (TEPT). Un [análisis más grande combinó catorce ensayos](cite:hartland2023) en varias afecciones. Encontró que la ansiedad bajó a corto plazo. Pero se juzgó que once de esos catorce ensayos tenían un alto riesgo de sesgo. Y muchos eran pequeños.',
    ),
    p('En pocas palabras:'),
    bullets(
      'hay señales iniciales de que la ketamina puede reducir la ansiedad durante horas o días en algunas personas',
      'los estudios son pequeños, cortos y distintos entre sí, así que no se sabe bien cuánto ayuda ni por cuánto tiempo',
      'hay muy poca evidencia sobre el tratamiento repetido de la ansiedad durante meses',
      '[la FDA no ha aprobado la ketamina para ningún trastorno psiquiátrico](cite:fdaCompounded2023), incluida la ansiedad',
    ),
    callout(
      'info',
      'Como la evidencia es limitada, la ketamina no es un tratamiento de primera línea para la ansiedad. Por lo general, primero se prueban tratamientos con más evidencia, como las terapias de conversación y algunos medicamentos.',
    ),
    h2('La disociación y la ansiedad'),
    p(
      'La ketamina puede causar una sensación de desconexión, como de sueño. Suele ser breve, pero a algunas personas con ansiedad les resulta angustiante. Pregunte antes qué puede esperar, quién estará cerca durante la sesión y cómo avisar si se siente incómodo.',
    ),
    h2('Cuando la ansiedad viene con depresión'),
    p(
      'La ansiedad a menudo se presenta junto con la depresión. Cuando se piensa en la ketamina, suele ser para la depresión resistente al tratamiento. Cualquier cambio en la ansiedad se sigue como parte de esa atención.',
    ),
    h2('Preguntas que vale la pena hacer'),
    bullets(
      '¿Qué tratamientos probados he usado, y durante cuánto tiempo?',
      '¿Qué contaría como una mejoría importante para mí, y cómo la vamos a medir?',
      '¿Qué pasa si el efecto desaparece después de unos días?',
      '¿Cómo me afectaría la disociación, con mi ansiedad?',
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
