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

export const whatASessionIsLikeEs: ArticleTranslationSeed = {
  translationOf: 'what-a-ketamine-session-is-like-and-when-to-get-urgent-help',
  slug: 'como-es-una-sesion-de-ketamina-y-cuando-buscar-ayuda-urgente',
  title: 'Cómo es una sesión de ketamina, y cuándo buscar ayuda urgente después',
  excerpt:
    'Lo que puede sentir en una sesión vigilada de ketamina o esketamina, cómo es la recuperación y las señales de alarma después que necesitan ayuda urgente.',
  keyPoints: [
    'Durante una sesión puede sentirse desconectado, mareado, con sueño o con náuseas; esto suele pasar en dos horas o menos.',
    'La presión arterial sube, por eso se mide, y usted se queda hasta que un profesional de la salud le diga que puede irse.',
    'No maneje hasta el día siguiente, y evite el alcohol y otras sustancias que causan sedación.',
    'Llame al 911 si tiene dolor en el pecho, dificultad para respirar, un dolor de cabeza fuerte o una confusión que empeora.',
  ],
  heroImageAlt:
    'Ilustración abstracta de la silueta de un sillón reclinable en azul suave junto a una ventana con luz',
  conditions: ['Seguridad del tratamiento', 'Depresión resistente al tratamiento'],
  risks: [
    'Disociación, cambios en cómo se ven o se oyen las cosas, mareo y sueño durante la dosis y poco después',
    'Dolor de cabeza, ansiedad, náuseas y vómitos',
    'Un aumento de la presión arterial; por eso se mide antes de que se vaya',
    SLOWED_BREATHING_ES,
    'No es seguro manejar ni operar maquinaria hasta el día siguiente',
    MISUSE_AND_DEPENDENCE_ES,
    BLADDER_PROBLEMS_ES,
    LONG_TERM_SAFETY_UNKNOWN_ES,
    WHO_SHOULD_NOT_HAVE_KETAMINE_ES,
    WHEN_TO_GET_URGENT_HELP_ES,
  ],
  body: [
    p(
      'Saber cómo se siente una sesión la hace menos extraña. Esta página cuenta lo que las personas suelen sentir con la ketamina o la esketamina que se dan en una clínica. Se basa en las etiquetas de los medicamentos y en la investigación. También dice qué señales después de la sesión indican que debe buscar ayuda enseguida. Cómo organiza sus visitas una clínica, y quién está en la sala, es algo que debe preguntar a esa clínica.',
    ),
    h2('Antes de la sesión'),
    p(
      'Las náuseas son comunes. Por eso la [etiqueta de la esketamina](cite:spravatoLabel) dice que no coma durante al menos dos horas antes de una dosis, y que no beba durante los 30 minutos antes. Traiga una lista de sus medicamentos. Pida a alguien que lo lleve a casa.',
    ),
    h2('Lo que puede sentir'),
    p(
      'Una [revisión de los efectos secundarios en estudios sobre la depresión](cite:short2018) encontró que estos eran los más frecuentes: dolor de cabeza, mareo, sentirse desconectado, un aumento de la presión arterial, visión borrosa y ansiedad. La mayoría de los efectos empiezan durante la dosis. La [etiqueta de la ketamina](cite:ketamineInjectionLabel) dice que sus efectos parecidos a un sueño no duran más de unas horas. Las personas describen:',
    ),
    bullets(
      'sentirse desconectadas de su cuerpo o de lo que las rodea, o como si las cosas no fueran reales',
      'cambios en cómo perciben los sonidos, los colores o el tiempo',
      'mareo, pesadez o sueño',
      'náuseas y a veces vómitos',
      'preocupación, o una sensación de sueño despierto, como si flotaran',
    ),
    p(
      'La presión arterial a menudo sube durante el tratamiento ([etiqueta de la ketamina](cite:ketamineInjectionLabel)). Las guías aconsejan [vigilar la frecuencia cardíaca, la presión arterial y el oxígeno](cite:asra2018). Con la esketamina, el personal lo vigila durante al menos dos horas, y un profesional de la salud decide cuándo puede irse.',
    ),
    h2('El resto del día'),
    p(
      'Planee un día tranquilo. La [etiqueta](cite:spravatoLabel) dice que no maneje ni use máquinas hasta el día siguiente, después de dormir bien. Evite el alcohol y otras drogas que dan sueño. Aumentan el sueño y pueden hacer más lenta la respiración.',
    ),
    h2('Cuándo buscar ayuda urgente'),
    p(
      'Llame al 911 o vaya a la sala de emergencias más cercana si, después de una sesión, tiene [alguna de estas señales](cite:spravatoLabel):',
    ),
    bullets(
      'dolor en el pecho o falta de aire',
      'un dolor de cabeza fuerte y repentino, un cambio en la vista, una convulsión, o debilidad o entumecimiento de un lado del cuerpo',
      'confusión o sueño que empeora en lugar de mejorar',
      'una respiración lenta, superficial o difícil',
    ),
    p(
      'La [etiqueta de la esketamina](cite:spravatoLabel) menciona estas señales como signos de un aumento peligroso de la presión arterial o de otros efectos graves que necesitan atención de emergencia. Tener sangre en la orina, o dolor al orinar, no suele ser una emergencia. Pero dígaselo pronto a su profesional de la salud. La [etiqueta de la ketamina](cite:ketamineInjectionLabel) informa de problemas de la vejiga con el uso a largo plazo.',
    ),
    p(
      'El uso frecuente también puede llevar al uso indebido. No se sabe si el uso repetido o a largo plazo es seguro ([revisión de los efectos secundarios](cite:short2018)).',
    ),
    callout(
      'crisis',
      'Si su estado de ánimo empeora mucho después de una sesión o tiene pensamientos de quitarse la vida, llame o envíe un mensaje de texto al 988 para comunicarse con la Línea de Prevención del Suicidio y Crisis, a cualquier hora. Si está en peligro inmediato, llame al 911.',
    ),
    cta(
      'call',
      '¿Tiene preguntas sobre qué esperar?',
      'Llame a la clínica antes de su primera sesión y pregunte cómo es una visita allí.',
    ),
  ],
};
