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

export const sideEffectsEs: ArticleTranslationSeed = {
  translationOf: 'ketamine-side-effects-risks-and-who-should-not-have-it',
  slug: 'ketamina-efectos-secundarios-riesgos',
  title: 'Efectos secundarios y riesgos de la ketamina, y quién no debe recibirla',
  excerpt:
    'Lo que puede sentir durante y después de un tratamiento con ketamina, los riesgos graves que son raros, quién no debe recibirla y cuándo buscar ayuda urgente.',
  keyPoints: [
    'La mayoría de los efectos secundarios empiezan durante la dosis y pasan en unas horas.',
    'Los más comunes incluyen sentirse desconectado, mareo, sueño, náuseas, dolor de cabeza y ansiedad.',
    'Los riesgos graves incluyen la presión arterial alta, la respiración lenta, el uso indebido y el daño a la vejiga.',
    'Algunas enfermedades del corazón, del cerebro, de los ojos, del hígado y de salud mental, y el embarazo, la descartan.',
    'No se sabe si el uso repetido o a largo plazo es seguro.',
  ],
  heroImageAlt:
    'Ilustración abstracta de una lista de verificación en una tablilla con tres casillas marcadas en verde suave',
  conditions: ['Seguridad del tratamiento'],
  risks: [
    'Sentirse desconectado o irreal (disociación), mareo, visión borrosa, confusión o alucinaciones',
    'Dolor de cabeza, ansiedad, sueño, náuseas y vómitos',
    'Presión arterial y frecuencia cardíaca elevadas',
    SLOWED_BREATHING_ES,
    MISUSE_AND_DEPENDENCE_ES,
    BLADDER_PROBLEMS_ES,
    LONG_TERM_SAFETY_UNKNOWN_ES,
    WHO_SHOULD_NOT_HAVE_KETAMINE_ES,
    WHEN_TO_GET_URGENT_HELP_ES,
  ],
  body: [
    p(
      'La ketamina tiene algunos efectos secundarios que se notan enseguida ([etiqueta del medicamento](cite:spravatoLabel)). Saber qué esperar hace que el tratamiento sea más seguro y menos extraño. Esta página explica los efectos comunes, los graves que son raros y quién no debe recibir ketamina.',
    ),
    h2('Efectos comunes durante el tratamiento y poco después'),
    p(
      'Una [revisión de los efectos secundarios en estudios sobre la depresión](cite:short2018) encontró que estos eran los más frecuentes después de una dosis:',
    ),
    bullets(
      'dolor de cabeza',
      'mareo',
      'sentirse desconectado del cuerpo o del entorno (disociación)',
      'un aumento de la presión arterial',
      'visión borrosa',
      'ansiedad, el efecto más común sobre el estado de ánimo',
    ),
    p(
      'La [etiqueta de la esketamina](cite:spravatoLabel) también incluye las náuseas, los vómitos, el sueño y la sensación de que todo da vueltas entre sus efectos más comunes. La mayoría de los efectos empiezan durante la dosis. La [etiqueta de la ketamina inyectable](cite:ketamineInjectionLabel) dice que sus efectos parecidos a un sueño no suelen durar más de unas horas.',
    ),
    p(
      'Por estos efectos, el personal lo vigila durante el tratamiento y usted se queda hasta que pasan. La [etiqueta de la esketamina](cite:spravatoLabel) dice que no maneje ni use máquinas hasta el día siguiente, después de dormir bien.',
    ),
    h2('Riesgos graves menos comunes'),
    p(
      'La [etiqueta de la esketamina](cite:spravatoLabel) incluye entre los riesgos graves el sueño profundo, la disociación, los problemas para respirar, el uso indebido y la presión arterial alta. También incluye problemas para pensar con claridad y problemas de la vejiga. La [etiqueta de la ketamina inyectable](cite:ketamineInjectionLabel) informa dolor e inflamación de la vejiga en personas con uso prolongado o indebido.',
    ),
    p(
      'En 2023, la FDA [advirtió sobre la ketamina preparada en farmacias de compuestos y tomada en casa](cite:fdaCompounded2023) sin que un profesional de la salud la vigile. Describió un caso: una persona que trataba su TEPT en casa tuvo la respiración lenta, con un nivel en la sangre de casi el doble del que se usa para la anestesia.',
    ),
    p(
      'No se sabe si el uso repetido o a largo plazo es seguro. La [revisión de los efectos secundarios](cite:short2018) encontró que pocos estudios lo examinaron, y pidió ensayos largos para averiguarlo.',
    ),
    callout(
      'warning',
      'Díganos todos los medicamentos y suplementos que toma. Esto incluye el alcohol, el cannabis, las benzodiacepinas y los opioides. Mezclarlos con la ketamina puede aumentar el sueño y hacer más lenta la respiración.',
    ),
    h2('Quién no debe recibir ketamina'),
    p(
      'Las [guías especializadas para el dolor](cite:asra2018) y la [etiqueta de la esketamina](cite:spravatoLabel) mencionan afecciones en las que la ketamina debe evitarse o usarse solo con mucho cuidado:',
    ),
    bullets(
      'enfermedad del corazón o presión arterial alta que no están bien controladas',
      'un aneurisma, un nudo de vasos sanguíneos (malformación arteriovenosa) o sangrado en el cerebro en el pasado',
      'presión elevada dentro del cráneo o del ojo',
      'enfermedad grave del hígado',
      'algunos trastornos psicóticos, sobre todo si no están bien controlados',
      'uso indebido actual de drogas o alcohol',
      'embarazo, planes de embarazo o lactancia',
    ),
    p(
      'La [etiqueta de la esketamina](cite:spravatoLabel) aconseja no usarla durante el embarazo. Estudios en animales sugieren un posible riesgo para el bebé. También aconseja no amamantar durante el tratamiento.',
    ),
    h2('Cuándo buscar ayuda urgente'),
    p(
      'Llame al 911 o vaya a la sala de emergencias más cercana si tiene dolor en el pecho, falta de aire, un dolor de cabeza fuerte y repentino, cambios en la vista, una convulsión, o respiración lenta o difícil. La [etiqueta de la esketamina](cite:spravatoLabel) menciona estas señales como motivos de atención de emergencia.',
    ),
    h2('Antes de su primera cita'),
    p(
      'Espere preguntas sobre su salud, una medición de la presión arterial y una revisión de sus medicamentos. Traiga una lista, y a una persona que pueda llevarlo a casa. Si algo de esta página se aplica a usted, dígalo antes de su visita. Así podrán hablar de si el tratamiento es seguro para usted.',
    ),
    cta(
      'call',
      '¿No está seguro de si algo de esto se aplica a usted?',
      'Llame a la clínica para hacer sus preguntas antes de pedir una cita.',
    ),
  ],
};
