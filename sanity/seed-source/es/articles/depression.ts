import { bullets, callout, cta, h2, p } from '../../portableText.ts';
import { WHO_SHOULD_NOT_HAVE_KETAMINE_ES } from '../contraindications.ts';
import type { ArticleTranslationSeed } from '../types.ts';

export const depressionEs: ArticleTranslationSeed = {
  translationOf: 'ketamine-and-esketamine-for-treatment-resistant-depression',
  slug: 'ketamina-y-esketamina-para-la-depresion-resistente',
  title: 'Ketamina y esketamina para la depresión resistente al tratamiento',
  excerpt:
    'En algunos adultos cuya depresión no mejoró con el tratamiento habitual, la ketamina o la esketamina pueden aliviar los síntomas en más o menos un día. Los efectos a menudo duran poco.',
  keyPoints: [
    'La depresión es resistente al tratamiento cuando dos o más antidepresivos no han ayudado lo suficiente.',
    'El aerosol nasal de esketamina está aprobado por la FDA para esta depresión; la ketamina en la vena se usa fuera de etiqueta.',
    'Algunas personas se sienten mejor en más o menos un día. Pero la evidencia es muy incierta, y el efecto a menudo se pasa.',
    'Entre los efectos secundarios están sentirse desconectado, el mareo, el sueño y la presión arterial elevada.',
    'La ketamina se añade a la atención que ya recibe; nunca reemplaza la atención de crisis.',
  ],
  heroImageAlt: 'Ilustración abstracta de un amanecer pálido sobre colinas azules en capas',
  conditions: ['Depresión resistente al tratamiento', 'Trastorno depresivo mayor'],
  risks: [
    'Disociación (sentirse desconectado o como si nada fuera real), mareo y sedación, sobre todo en las dos primeras horas',
    'Presión arterial elevada durante y después del tratamiento',
    'Náuseas y vómitos',
    'Riesgo de uso indebido y dependencia; la esketamina lleva una advertencia de recuadro y solo se da dentro de un programa restringido',
    WHO_SHOULD_NOT_HAVE_KETAMINE_ES,
  ],
  body: [
    p(
      'La depresión es resistente al tratamiento cuando no ha mejorado lo suficiente con al menos dos antidepresivos. Cada uno debe tomarse a la dosis correcta y por el tiempo necesario. Este tipo de depresión es común, y vivir con ella agota. La ketamina y un medicamento muy parecido, la esketamina, están entre las opciones más nuevas para estas personas.',
    ),
    h2('Dos medicamentos, aprobaciones distintas'),
    p(
      'La esketamina es un aerosol nasal que se vende como Spravato. En los Estados Unidos está [aprobada para la depresión resistente al tratamiento](cite:spravatoLabel) en adultos. También está aprobada para los síntomas depresivos de adultos con depresión mayor que tienen pensamientos o conductas suicidas agudos. Solo se da en centros de salud certificados, dentro de un programa de seguridad restringido. Allí lo vigilan durante al menos dos horas después de cada dosis.',
    ),
    p(
      'La ketamina misma suele darse como una infusión lenta en la vena. **No está aprobada por la FDA para ninguna afección psiquiátrica** ([FDA, 2023](cite:fdaCompounded2023)). Los médicos pueden usarla "fuera de etiqueta". Eso es legal. Pero la dosis y el horario vienen de los estudios y de la experiencia clínica, no de una etiqueta aprobada.',
    ),
    h2('¿Qué tan bien funciona?'),
    p(
      'Una [revisión Cochrane de los ensayos](cite:cochraneDepression2021) miró cómo estaban las personas unas 24 horas después de una dosis. Más personas respondieron a la ketamina que al placebo. Pero la certeza de esa evidencia se calificó como muy baja. Y el beneficio fue menos claro después de unos días. Un [consenso internacional de expertos](cite:mcintyre2021) concluyó que los dos medicamentos tienen un lugar en la depresión resistente al tratamiento. Eso sí, hay que elegir con cuidado a quién se dan y vigilarlo.',
    ),
    p('En la práctica, esto significa que:'),
    bullets(
      'algunas personas se sienten mejor en más o menos un día; muchas no',
      'sin más tratamiento, la mejoría a menudo se pasa en una o dos semanas',
      'por lo general se necesitan dosis repetidas, y la investigación a largo plazo todavía es limitada',
    ),
    h2('En qué se diferencia de los antidepresivos habituales'),
    p(
      'La mayoría de los antidepresivos actúan sobre la serotonina y tardan semanas en ayudar. La ketamina bloquea los receptores NMDA del sistema del glutamato. Los investigadores creen que su efecto sobre la depresión es [indirecto: llega por cambios en las señales y las conexiones del cerebro](cite:zanosGould2018). Pero todavía se estudia cómo funciona exactamente.',
    ),
    callout(
      'crisis',
      'Si está pensando en el suicidio o puede estar en peligro, llame o envíe un mensaje de texto al 988 (Línea de Prevención del Suicidio y Crisis) ahora. En una emergencia, llame al 911. El tratamiento con ketamina no es atención de emergencia.',
    ),
    h2('¿Es para mí?'),
    p(
      'Es una decisión suya y de un profesional de la salud que conozca su historia. La ketamina suele añadirse a la atención que ya recibe con un psiquiatra o un terapeuta; no la reemplaza. No es para personas embarazadas o que estén amamantando. Y por lo general no se ofrece a quienes tienen ciertas enfermedades del corazón o de los vasos sanguíneos, o ciertos trastornos psicóticos. Tampoco a quienes hoy hacen un uso indebido de sustancias ([etiqueta de la esketamina](cite:spravatoLabel)).',
    ),
    cta(
      'call',
      '¿Quiere hablarlo?',
      'Llámenos para preguntar si una evaluación tiene sentido para usted y qué implicaría.',
    ),
  ],
};
