import { bullets, callout, cta, h2, p } from '../../portableText.ts';
import { WHO_SHOULD_NOT_HAVE_KETAMINE_ES } from '../contraindications.ts';
import {
  BLADDER_PROBLEMS_ES,
  LONG_TERM_SAFETY_UNKNOWN_ES,
  SLOWED_BREATHING_ES,
  WHEN_TO_GET_URGENT_HELP_ES,
} from '../riskLines.ts';
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
    'Sentirse desconectado o irreal (disociación), mareo y sueño, sobre todo en las dos primeras horas',
    'Dolor de cabeza, ansiedad, náuseas y vómitos',
    'Presión arterial elevada durante y después del tratamiento',
    SLOWED_BREATHING_ES,
    'Uso indebido y dependencia; la esketamina lleva una advertencia de recuadro y solo se da dentro de un programa restringido',
    BLADDER_PROBLEMS_ES,
    LONG_TERM_SAFETY_UNKNOWN_ES,
    WHO_SHOULD_NOT_HAVE_KETAMINE_ES,
    WHEN_TO_GET_URGENT_HELP_ES,
  ],
  body: [
    p(
      'La depresión se llama resistente al tratamiento cuando dos o más antidepresivos, tomados de la forma correcta, no han ayudado lo suficiente ([revisión de expertos](cite:mcintyre2021)). La mayoría de las personas que toman los antidepresivos de siempre no se recuperan del todo. Vivir con ella cansa. La ketamina y un pariente cercano, la esketamina, son opciones más nuevas para estas personas.',
    ),
    h2('Dos medicamentos, aprobaciones distintas'),
    p(
      'La esketamina es un aerosol nasal que se vende como Spravato. En los Estados Unidos está [aprobada para la depresión resistente al tratamiento](cite:spravatoLabel) en adultos. También está aprobada para los síntomas de depresión en adultos con depresión mayor que tienen pensamientos o conductas suicidas repentinos. Solo se da en clínicas certificadas, dentro de un programa de seguridad estricto. El personal lo vigila durante al menos dos horas después de cada dosis.',
    ),
    p(
      'La ketamina misma suele darse como una infusión lenta en la vena. **No está aprobada por la FDA para ninguna afección de salud mental** ([FDA, 2023](cite:fdaCompounded2023)). Aun así, los médicos pueden usarla "fuera de etiqueta". Eso es legal. Pero la dosis y el horario vienen de los estudios y de la experiencia, no de una etiqueta aprobada.',
    ),
    h2('¿Qué tan bien funciona?'),
    p(
      'Una [revisión Cochrane de los ensayos](cite:cochraneDepression2021) encontró que, unas 24 horas después de una dosis, más personas respondieron a la ketamina que a un medicamento falso (placebo). Pero la evidencia era de certeza muy baja, y el beneficio fue menos claro después de unos días. Un [grupo de expertos](cite:mcintyre2021) dijo que los dos medicamentos tienen un lugar en este tipo de depresión. Eso sí, hay que elegir con cuidado a los pacientes y vigilarlos de cerca.',
    ),
    p('En la práctica, la [revisión Cochrane](cite:cochraneDepression2021) significa que:'),
    bullets(
      'algunas personas se sienten mejor en más o menos un día; muchas no',
      'sin más tratamiento, el beneficio a menudo se pasa en unos días',
      'por lo general se necesitan dosis repetidas, y la investigación a largo plazo todavía es limitada',
    ),
    h2('En qué se diferencia de los antidepresivos habituales'),
    p(
      'La mayoría de los antidepresivos actúan sobre la serotonina. La ketamina bloquea otro blanco, el receptor NMDA, en el sistema del glutamato. Los investigadores creen que ayuda al ánimo [de forma indirecta, por cambios en las señales del cerebro y en las conexiones entre sus células](cite:zanosGould2018). Todavía se estudia cómo funciona exactamente.',
    ),
    h2('Efectos secundarios'),
    p(
      'Puede sentirse desconectado de sí mismo, mareado, con sueño, con náuseas o preocupado, o tener dolor de cabeza. La presión arterial sube por un rato. Con menos frecuencia, la respiración se hace más lenta. La esketamina lleva una advertencia de recuadro sobre el uso indebido ([etiqueta del medicamento](cite:spravatoLabel)). El uso frecuente puede dañar la vejiga, y no se sabe si el uso a largo plazo es seguro ([revisión de los efectos secundarios](cite:short2018)).',
    ),
    callout(
      'crisis',
      'Si está pensando en el suicidio o puede estar en peligro, llame o envíe un mensaje de texto al 988 (Línea de Prevención del Suicidio y Crisis) ahora. En una emergencia, llame al 911. El tratamiento con ketamina no es atención de emergencia.',
    ),
    h2('Cuándo buscar ayuda urgente'),
    p(
      'Después de una dosis, llame al 911 si tiene dolor en el pecho o le falta el aire. Haga lo mismo si tiene un dolor de cabeza fuerte y repentino, un cambio en la vista, una convulsión, o una respiración lenta o difícil. La [etiqueta de la esketamina](cite:spravatoLabel) menciona estas señales como signos que necesitan atención de emergencia.',
    ),
    h2('¿Es para mí?'),
    p(
      'Es una decisión suya y de un profesional de la salud que conozca su historia. La ketamina suele añadirse a la atención con un psiquiatra o un terapeuta; no la reemplaza. No es para personas embarazadas o que estén amamantando. Y por lo general no se ofrece a personas con algunas afecciones del corazón, de los vasos sanguíneos o de salud mental, ni a quienes hoy hacen un uso indebido de drogas ([etiqueta de la esketamina](cite:spravatoLabel)).',
    ),
    cta(
      'call',
      '¿Quiere hablarlo?',
      'Llámenos para preguntar si una evaluación tiene sentido para usted y qué implicaría.',
    ),
  ],
};
