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

export const ketamineVsEctEs: ArticleTranslationSeed = {
  translationOf: 'ketamine-compared-with-ect',
  slug: 'ketamina-comparada-con-la-tec',
  title: 'La ketamina comparada con la TEC: lo que encontraron los ensayos',
  excerpt:
    'Dos ensayos compararon las infusiones de ketamina con la terapia electroconvulsiva (TEC) para la depresión grave, con resultados distintos. Lo que mostraron y lo que no.',
  keyPoints: [
    'En un ensayo grande, la ketamina no fue peor que la TEC después de tres semanas.',
    'En otro ensayo, más personas se recuperaron con la TEC que con la ketamina (63 % frente a 46 %).',
    'Un análisis que combinó los ensayos encontró que la TEC funcionó mejor.',
    'La TEC afectó más la memoria; la ketamina causó más disociación.',
    'La mejor opción depende de sus síntomas, su historia y qué tan pronto necesita ayuda.',
  ],
  heroImageAlt: 'Ilustración abstracta de dos caminos paralelos de puntos que se acercan a una luz suave',
  conditions: ['Depresión resistente al tratamiento'],
  risks: [
    'Disociación, mareo, sueño, dolor de cabeza y ansiedad durante el tratamiento y poco después',
    'Presión arterial elevada durante la infusión',
    'Náuseas y vómitos',
    'Los efectos sobre el ánimo a menudo desaparecen si no se sigue el tratamiento',
    SLOWED_BREATHING_ES,
    MISUSE_AND_DEPENDENCE_ES,
    BLADDER_PROBLEMS_ES,
    LONG_TERM_SAFETY_UNKNOWN_ES,
    WHO_SHOULD_NOT_HAVE_KETAMINE_ES,
    WHEN_TO_GET_URGENT_HELP_ES,
  ],
  body: [
    p(
      'La terapia electroconvulsiva (TEC) es uno de los tratamientos más eficaces para la depresión grave que no ha mejorado con medicamentos ([ensayo KetECT](cite:ekstrand2022)). También es exigente. Cada sesión necesita anestesia general, y puede afectar la memoria por un tiempo. Por eso es justo preguntar cómo se compara la ketamina.',
    ),
    h2('Los dos ensayos más grandes'),
    p(
      'El ensayo ELEKT-D, [publicado en 2023](cite:anand2023), incluyó a 403 adultos con depresión difícil de tratar y sin psicosis. A todos los habían enviado a TEC en hospitales de los Estados Unidos. Al azar, cada uno recibió infusiones de ketamina dos veces por semana o TEC tres veces por semana, durante tres semanas. Todos sabían qué tratamiento recibían. La pregunta era si la ketamina era "no peor" que la TEC.',
    ),
    bullets(
      'Cerca del 55 % de las personas que recibieron ketamina respondieron, frente a cerca del 41 % de las que recibieron TEC.',
      'Según la prueba del ensayo, la ketamina no fue peor que la TEC en este grupo.',
      'Las personas que recibieron TEC dijeron tener más problemas de memoria. Las que recibieron ketamina dijeron tener más disociación durante el tratamiento.',
      'Solo se siguió durante seis meses a las personas que respondieron, así que el ensayo dice poco sobre las demás.',
    ),
    p(
      'El ensayo KetECT, [publicado en 2022](cite:ekstrand2022), incluyó a 186 adultos hospitalizados con depresión en Suecia. Recibieron infusiones de ketamina o TEC tres veces por semana. Aquí la TEC funcionó mejor: el 63 % de las personas se recuperaron (remisión) con la TEC, frente al 46 % con la ketamina. Los efectos secundarios graves y duraderos, como la pérdida de memoria, fueron más comunes con la TEC. Más personas dejaron la ketamina por sus efectos secundarios.',
    ),
    callout(
      'info',
      'En un ensayo, una "respuesta" por lo general significa que la puntuación de la depresión bajó a la mitad o más. Una "remisión" significa que la puntuación bajó a un nivel bajo. Ninguna de las dos significa siempre que la depresión se fue para siempre.',
    ),
    h2('Lo que muestran los ensayos en conjunto'),
    p(
      'Una [revisión que combinó seis ensayos](cite:rhee2022), con 340 personas en total, encontró que la TEC alivió la depresión más que la ketamina. No encontró una diferencia clara en los efectos secundarios graves ni en las pruebas de memoria. Al reunir los ensayos de ketamina en general, una [revisión Cochrane](cite:cochraneDepression2021) calificó como de certeza muy baja la evidencia de una respuesta a las 24 horas, y encontró que los beneficios a menudo duran poco.',
    ),
    h2('Lo que los ensayos no nos dicen'),
    p(
      'Los dos ensayos grandes fueron abiertos: los pacientes y los médicos sabían qué tratamiento recibían, y eso puede influir en cómo se califican los síntomas. No incluyeron, o incluyeron a pocas, personas con depresión psicótica, para quienes a menudo se prefiere la TEC. Y unas pocas semanas de tratamiento dicen poco sobre la ketamina repetida durante años, cuya seguridad no se conoce ([revisión de los efectos secundarios](cite:short2018)).',
    ),
    h2('Efectos secundarios que hay que tener en cuenta'),
    p(
      'La ketamina puede causar disociación, mareo, sueño, náuseas, dolor de cabeza, ansiedad y un aumento de la presión arterial. Con menos frecuencia hace más lenta la respiración, y se puede usar de forma indebida ([etiqueta de la esketamina](cite:spravatoLabel); [revisión de los efectos secundarios](cite:short2018)). Nuestra página sobre los efectos secundarios los explica todos, y dice quién no debe recibir ketamina.',
    ),
    h2('Cómo usar esta información'),
    p(
      'La ketamina puede ser una opción para hablar con algunos adultos con depresión grave sin psicosis. La TEC sigue siendo un tratamiento importante, y los ensayos combinados sugieren que funciona mejor. Para algunas personas es la mejor opción. La opción correcta depende de sus síntomas, su historia, qué tan pronto necesita ayuda y lo que usted prefiere.',
    ),
    callout(
      'crisis',
      'Si está en crisis o pensando en quitarse la vida, llame o envíe un mensaje de texto al 988 para comunicarse con la Línea de Prevención del Suicidio y Crisis, o llame al 911 si está en peligro inmediato.',
    ),
    cta(
      'book',
      '¿Está comparando sus opciones?',
      'Pida una consulta para hablar de la ketamina junto con los otros tratamientos que tiene a su alcance.',
    ),
  ],
};
