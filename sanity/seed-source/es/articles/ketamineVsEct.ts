import { bullets, callout, cta, h2, p } from '../../portableText.ts';
import { WHO_SHOULD_NOT_HAVE_KETAMINE_ES } from '../contraindications.ts';
import type { ArticleTranslationSeed } from '../types.ts';

export const ketamineVsEctEs: ArticleTranslationSeed = {
  translationOf: 'ketamine-compared-with-ect',
  slug: 'ketamina-comparada-con-la-tec',
  title: 'La ketamina comparada con la TEC: lo que encontró el ensayo ELEKT-D',
  excerpt:
    'Un ensayo aleatorizado grande comparó las infusiones de ketamina con la terapia electroconvulsiva (TEC) para la depresión resistente al tratamiento. Lo que mostró y lo que no.',
  heroImageAlt: 'Ilustración abstracta de dos caminos paralelos de puntos que se acercan a una luz suave',
  conditions: ['Depresión resistente al tratamiento'],
  risks: [
    'Disociación, mareo y sedación durante el tratamiento y poco después',
    'Presión arterial elevada durante la infusión',
    'Náuseas',
    'Los efectos sobre el ánimo a menudo desaparecen si no se sigue el tratamiento',
    WHO_SHOULD_NOT_HAVE_KETAMINE_ES,
  ],
  body: [
    p(
      'La terapia electroconvulsiva (TEC) es desde hace mucho uno de los tratamientos más eficaces para la depresión grave que no ha respondido a los medicamentos. También es exigente: necesita anestesia general en cada sesión y puede afectar la memoria por un tiempo. Por eso es justo preguntar cómo se compara la ketamina.',
    ),
    h2('El ensayo'),
    p(
      'El estudio ELEKT-D, [publicado en 2023](cite:anand2023), asignó al azar a 403 adultos con depresión mayor resistente al tratamiento y sin psicosis, enviados a TEC en varios hospitales de los Estados Unidos. Recibieron infusiones de ketamina dos veces por semana o TEC tres veces por semana, durante tres semanas. Participaron personas hospitalizadas y no hospitalizadas, y todos sabían qué tratamiento recibían. Los investigadores querían saber si la ketamina era "no inferior", es decir, si no era claramente peor que la TEC.',
    ),
    h2('Lo que encontró'),
    bullets(
      'Cerca del 55 % de las personas del grupo de ketamina respondieron, frente a cerca del 41 % del grupo de TEC.',
      'La ketamina cumplió la prueba de no ser inferior a la TEC en este grupo de pacientes.',
      'Las personas que recibieron TEC dijeron tener más problemas de memoria; las que recibieron ketamina dijeron tener más disociación durante el tratamiento.',
      'Solo se siguió durante seis meses a las personas que respondieron, así que el ensayo dice poco sobre lo que pasó con las demás.',
    ),
    callout(
      'info',
      'En un ensayo, una "respuesta" por lo general significa que la puntuación de la depresión bajó a la mitad o más. No siempre significa que la depresión se haya ido por completo.',
    ),
    h2('Lo que no nos dice'),
    p(
      'El ensayo fue abierto: los pacientes y sus médicos sabían qué tratamiento recibían, y eso puede influir en cómo se califican los síntomas. Algunas personas se retiraron después de que se les asignó un grupo, antes de empezar el tratamiento. El ensayo no incluyó a personas con depresión psicótica, para quienes a menudo se prefiere la TEC, y tres semanas de tratamiento dicen poco sobre la ketamina repetida a largo plazo. Al reunir los ensayos en general, una [revisión Cochrane](cite:cochraneDepression2021) calificó como muy baja la certeza de la evidencia de una respuesta a la ketamina a las 24 horas, y encontró que sus beneficios a menudo duran poco.',
    ),
    h2('Cómo usar esta información'),
    p(
      'El ensayo sugiere que la ketamina es una opción razonable para hablar con algunos adultos con depresión resistente al tratamiento que no tienen psicosis. La TEC sigue siendo un tratamiento importante, y para algunas personas es la mejor opción. La opción correcta depende de sus síntomas, su historia, qué tan pronto necesita ayuda y lo que usted prefiere.',
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
