import { bullets, callout, cta, h2, p } from '../../portableText.ts';
import { WHO_SHOULD_NOT_HAVE_KETAMINE_ES } from '../contraindications.ts';
import type { ArticleTranslationSeed } from '../types.ts';

export const sideEffectsEs: ArticleTranslationSeed = {
  translationOf: 'ketamine-side-effects-risks-and-who-should-not-have-it',
  slug: 'ketamina-efectos-secundarios-riesgos',
  title: 'Efectos secundarios y riesgos de la ketamina, y quién no debe recibirla',
  excerpt:
    'Lo que puede sentir durante y después de un tratamiento con ketamina, los riesgos graves menos comunes y las afecciones que lo descartan.',
  heroImageAlt:
    'Ilustración abstracta de una lista de verificación en una tablilla con tres casillas marcadas en verde suave',
  conditions: ['Seguridad del tratamiento'],
  risks: [
    'Disociación, mareo, confusión, cambios en la percepción o alucinaciones',
    'Presión arterial y frecuencia cardíaca elevadas',
    'Náuseas, vómitos y sedación',
    'Respiración más lenta, sobre todo junto con otros medicamentos que causan sedación',
    'Síntomas de la vejiga y urinarios con el uso frecuente o prolongado',
    'Uso indebido y dependencia',
    WHO_SHOULD_NOT_HAVE_KETAMINE_ES,
  ],
  body: [
    p(
      'Todos los medicamentos tienen efectos secundarios, y la ketamina tiene algunos que se notan enseguida. Saber qué esperar hace que el tratamiento sea más seguro y menos inquietante. Esta página explica los efectos comunes, los graves que son menos frecuentes y quién no debe recibir ketamina.',
    ),
    h2('Efectos comunes durante el tratamiento y poco después'),
    p(
      'Una [revisión sistemática de los efectos secundarios en estudios sobre la depresión](cite:short2018) encontró que la mayoría de los efectos empiezan durante la dosis y se calman en un par de horas. Los más frecuentes son:',
    ),
    bullets(
      'sentirse desconectado del propio cuerpo o del entorno (disociación)',
      'sensación de mareo y visión borrosa',
      'somnolencia o, con menos frecuencia, inquietud',
      'náuseas y a veces vómitos',
      'un aumento de la presión arterial y de la frecuencia cardíaca',
    ),
    p(
      'Por estas razones el tratamiento se vigila y las personas se quedan hasta que los efectos han pasado. La [etiqueta de la esketamina](cite:spravatoLabel) aconseja no manejar ni operar maquinaria hasta el día siguiente, después de haber dormido bien.',
    ),
    h2('Riesgos graves menos comunes'),
    p(
      'La [etiqueta de la esketamina](cite:spravatoLabel) menciona la sedación, la disociación, los problemas para respirar y el aumento de la presión arterial como riesgos graves que requieren vigilancia. En 2023, la FDA también [advirtió sobre la ketamina preparada en farmacias de compuestos y tomada en casa](cite:fdaCompounded2023) sin vigilancia, después de recibir reportes de daños. El uso frecuente o prolongado tiene otros riesgos, como el uso indebido y el daño a la vejiga, que explicamos en otro artículo.',
    ),
    callout(
      'warning',
      'Díganos todos los medicamentos y suplementos que toma, incluidos el alcohol, el cannabis, las benzodiacepinas y los opioides. Combinarlos con la ketamina puede aumentar la sedación y hacer más lenta la respiración.',
    ),
    h2('Quién no debe recibir ketamina'),
    p(
      'Las [guías especializadas para el dolor](cite:asra2018) y la etiqueta de la esketamina mencionan afecciones en las que la ketamina debe evitarse o usarse solo con mucha precaución:',
    ),
    bullets(
      'enfermedad del corazón o presión arterial alta mal controladas',
      'aneurisma, malformación arteriovenosa o antecedentes de sangrado en el cerebro',
      'presión elevada dentro del cráneo o del ojo',
      'enfermedad grave del hígado',
      'algunos trastornos psicóticos, sobre todo si no están bien controlados',
      'uso indebido actual de sustancias',
      'embarazo, o planes de embarazo, y lactancia',
    ),
    p(
      'La etiqueta de la esketamina aconseja no usarla durante el embarazo, porque estudios en animales sugieren un posible riesgo para el bebé en desarrollo, y aconseja no amamantar durante el tratamiento.',
    ),
    h2('Antes de su primera cita'),
    p(
      'Espere un historial médico completo, una medición de la presión arterial y una revisión de sus medicamentos. Traiga una lista, y a una persona que pueda llevarlo a casa después. Si algo de esta página se aplica a usted, dígalo antes de su cita para que se pueda hablar de si el tratamiento es seguro para usted.',
    ),
    cta(
      'call',
      '¿No está seguro de si algo de esto se aplica a usted?',
      'Llame a la clínica para hacer sus preguntas antes de pedir una cita.',
    ),
  ],
};
