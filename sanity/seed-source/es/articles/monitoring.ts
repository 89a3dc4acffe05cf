import { bullets, callout, cta, h2, numbered, p } from '../../portableText.ts';
import { WHO_SHOULD_NOT_HAVE_KETAMINE_ES } from '../contraindications.ts';
import {
  BLADDER_PROBLEMS_ES,
  LONG_TERM_SAFETY_UNKNOWN_ES,
  MISUSE_AND_DEPENDENCE_ES,
  SLOWED_BREATHING_ES,
  WHEN_TO_GET_URGENT_HELP_ES,
} from '../riskLines.ts';
import type { ArticleTranslationSeed } from '../types.ts';

export const monitoringEs: ArticleTranslationSeed = {
  translationOf: 'why-in-clinic-monitoring-matters',
  slug: 'por-que-importa-la-vigilancia-en-la-clinica',
  title: 'Por qué la ketamina se da en una clínica, con vigilancia',
  excerpt:
    'Por qué las guías piden que la ketamina se dé con supervisión, qué se revisa y por qué, y por qué la ketamina sin supervisión en casa tiene más riesgos.',
  keyPoints: [
    'La ketamina puede causar sedación, disociación y presión arterial elevada, y rara vez una respiración más lenta.',
    'La esketamina solo puede darse en centros certificados, con al menos dos horas de observación.',
    'Las guías aconsejan vigilar la frecuencia cardíaca, la presión arterial y el oxígeno durante las infusiones.',
    'La FDA ha advertido sobre la ketamina preparada en farmacias de compuestos que se toma en casa, sin nadie que la vigile.',
    'Otra persona debe llevarlo a casa; no maneje hasta el día siguiente.',
  ],
  heroImageAlt: 'Ilustración abstracta de una línea tranquila de ritmo cardíaco sobre un fondo azul suave',
  conditions: ['Seguridad del tratamiento'],
  risks: [
    'Sueño y disociación que hacen que no sea seguro irse solo después del tratamiento',
    'Presión arterial elevada que puede necesitar tratamiento antes de que se vaya',
    'Náuseas, vómitos, mareo, dolor de cabeza y ansiedad',
    SLOWED_BREATHING_ES,
    MISUSE_AND_DEPENDENCE_ES,
    BLADDER_PROBLEMS_ES,
    LONG_TERM_SAFETY_UNKNOWN_ES,
    WHO_SHOULD_NOT_HAVE_KETAMINE_ES,
    WHEN_TO_GET_URGENT_HELP_ES,
  ],
  body: [
    p(
      'La ketamina cambia por un tiempo cómo se siente y cómo ve las cosas después de cada dosis. Puede subir la presión arterial y, rara vez, hacer más lenta la respiración ([etiqueta de la esketamina](cite:spravatoLabel)). Por eso las guías médicas dicen que el tratamiento debe darse donde personal capacitado pueda vigilarlo y actuar enseguida.',
    ),
    h2('Lo que dicen las autoridades y las guías'),
    p(
      'El aerosol nasal de esketamina solo puede darse en centros certificados, dentro de un [programa de seguridad estricto](cite:spravatoLabel). Un profesional de la salud lo vigila durante al menos dos horas después de cada dosis. Esa persona decide cuándo está listo para irse.',
    ),
    p(
      'Los expertos en dolor aconsejan [vigilar la frecuencia cardíaca, la presión arterial y el oxígeno](cite:asra2018) durante una infusión en la vena. El personal y el equipo deben estar listos para tratar los efectos secundarios.',
    ),
    p(
      'En 2023, la FDA [advirtió al público sobre la ketamina preparada en farmacias de compuestos](cite:fdaCompounded2023), incluidas las formas que se toman en casa. Dijo que quienes la toman sin un profesional de la salud que los vigile corren riesgos por el sueño y la disociación. Describió un caso: una persona que trataba su TEPT en casa tuvo la respiración lenta, con un nivel en la sangre de cerca del doble del que se usa para la anestesia.',
    ),
    h2('Lo que suele incluir la supervisión'),
    numbered(
      'Antes de la dosis: se revisa cómo ha estado, si toma medicamentos nuevos y su presión arterial.',
      'Durante el tratamiento: se vigilan la frecuencia cardíaca, la presión arterial y el nivel de oxígeno mientras descansa.',
      'Recuperación: se queda hasta que los efectos han pasado y un profesional de la salud le dice que puede irse. Con la esketamina son al menos dos horas.',
      'De vuelta a casa: otra persona lo lleva. La etiqueta de la esketamina dice que no maneje hasta el día siguiente, después de dormir bien.',
    ),
    callout(
      'info',
      'La vigilancia es para su seguridad. No es una señal de que la ketamina funcione mejor. Permite que el equipo de atención note problemas a tiempo y le ayude con los efectos que se sienten mal.',
    ),
    h2('¿Por qué no en casa?'),
    p(
      'La [advertencia de la FDA](cite:fdaCompounded2023) dice que la FDA no ha revisado la seguridad, la eficacia ni la calidad de la ketamina que prepara una farmacia. Tomarla en casa sin un profesional de la salud presente quita todos los pasos de seguridad de arriba:',
    ),
    bullets(
      'nadie revisa la presión arterial ni la respiración',
      'la FDA no ha revisado la concentración de los productos preparados en farmacias de compuestos',
      'no hay nadie que lo ayude si siente miedo, se siente débil o se siente mal',
      'el riesgo de tomar dosis de más y de uso indebido es mayor',
    ),
    p(
      'La supervisión también significa que alguien puede ayudar si la experiencia se siente extraña o perturbadora. Cómo es una visita en una clínica en particular, y quién está presente, es algo que debe preguntar a esa clínica.',
    ),
    h2('Riesgos que debe conocer'),
    p(
      'Puede sentirse desconectado de sí mismo, mareado, con sueño, con náuseas o preocupado, o tener dolor de cabeza. Su presión arterial puede subir. El uso frecuente puede llevar al uso indebido y dañar la vejiga. No se sabe si el uso repetido o a largo plazo es seguro ([revisión de los efectos secundarios](cite:short2018); [etiqueta del medicamento](cite:spravatoLabel)).',
    ),
    h2('Cuándo buscar ayuda urgente'),
    p(
      'Después de irse, llame al 911 si tiene dolor en el pecho o le falta el aire. Haga lo mismo si tiene un dolor de cabeza fuerte y repentino, un cambio en la vista, una convulsión, confusión o sueño que empeoran, o una respiración lenta o difícil. La [etiqueta de la esketamina](cite:spravatoLabel) menciona estas señales como signos que necesitan atención de emergencia.',
    ),
    h2('Cómo prepararse para su cita'),
    bullets(
      'Siga las instrucciones que le dé su equipo de atención sobre comer y beber antes de la sesión.',
      'Traiga una lista de todos sus medicamentos y suplementos.',
      'Pida a alguien que lo lleve a casa y, si es posible, que se quede con usted esa noche.',
    ),
    cta(
      'directions',
      '¿Está planeando su visita?',
      'Vea cómo llegar a la clínica y deje tiempo para descansar después de su sesión.',
    ),
  ],
};
