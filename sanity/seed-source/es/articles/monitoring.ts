import { bullets, callout, cta, h2, numbered, p } from '../../portableText.ts';
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
    'La FDA ha advertido sobre la ketamina preparada en farmacias de compuestos que se toma en casa sin vigilancia.',
    'Otra persona debe llevarlo a casa; no maneje hasta el día siguiente.',
  ],
  heroImageAlt: 'Ilustración abstracta de una línea tranquila de ritmo cardíaco sobre un fondo azul suave',
  conditions: ['Seguridad del tratamiento'],
  risks: [
    'Sedación y disociación que hacen que no sea seguro irse solo después del tratamiento',
    'Presión arterial elevada que puede necesitar tratamiento antes de que se vaya',
    'Respiración más lenta, más probable con otros medicamentos que causan sedación',
    'Náuseas y vómitos',
  ],
  body: [
    p(
      'La ketamina cambia por un tiempo cómo se siente y cómo percibe las cosas después de cada dosis. También puede subir la presión arterial y, rara vez, hacer más lenta la respiración. Por eso las guías médicas dejan claro que el tratamiento debe darse donde personal capacitado pueda vigilarlo y actuar enseguida.',
    ),
    h2('Lo que dicen las autoridades y las guías'),
    p(
      'El aerosol nasal de esketamina solo puede darse en centros certificados, dentro de un [programa de seguridad restringido](cite:spravatoLabel): un profesional de la salud lo observa durante al menos dos horas después de cada dosis y decide cuándo está listo para irse. Los especialistas en dolor recomiendan [vigilar la frecuencia cardíaca, la presión arterial y el nivel de oxígeno](cite:asra2018) durante las infusiones, con personal y equipo listos para tratar los efectos secundarios. En 2023, la FDA [advirtió al público sobre los productos de ketamina preparados en farmacias de compuestos](cite:fdaCompounded2023), incluidas versiones que se toman en casa, por reportes de daños sin vigilancia médica.',
    ),
    h2('Lo que suele incluir la supervisión'),
    numbered(
      'Antes de la dosis: se revisa cómo ha estado, si toma medicamentos nuevos y su presión arterial.',
      'Durante el tratamiento: se vigilan la frecuencia cardíaca, la presión arterial y el nivel de oxígeno mientras descansa.',
      'Recuperación: se queda hasta que los efectos han pasado y un profesional de la salud decide que está listo para irse; con la esketamina son al menos dos horas.',
      'De vuelta a casa: otra persona lo lleva. La etiqueta de la esketamina aconseja no manejar hasta el día siguiente, después de dormir bien.',
    ),
    callout(
      'info',
      'La vigilancia es para su seguridad; no es una señal de que la ketamina funcione mejor. Permite que el equipo de atención note problemas a tiempo y le ayude con los efectos incómodos.',
    ),
    h2('¿Por qué no en casa?'),
    p('Tomar ketamina en casa sin supervisión quita todos los pasos de seguridad de arriba:'),
    bullets(
      'nadie mide la presión arterial ni la respiración',
      'la dosis de los productos preparados en farmacias de compuestos puede variar',
      'no hay nadie que lo ayude si siente miedo, se siente débil o se siente mal',
      'el riesgo de tomar dosis de más y de uso indebido es mayor',
    ),
    p(
      'La supervisión también significa que alguien puede ayudar si la experiencia se siente extraña o perturbadora. Cómo es una visita en una clínica en particular, y quién está presente, es algo que debe preguntar directamente a esa clínica.',
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
