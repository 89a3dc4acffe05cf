import { bullets, callout, cta, h2, p } from '../../portableText.ts';
import { WHO_SHOULD_NOT_HAVE_KETAMINE_ES } from '../contraindications.ts';
import {
  LONG_TERM_SAFETY_UNKNOWN_ES,
  SLOWED_BREATHING_ES,
  WHEN_TO_GET_URGENT_HELP_ES,
} from '../riskLines.ts';
import type { ArticleTranslationSeed } from '../types.ts';

export const dependenceEs: ArticleTranslationSeed = {
  translationOf: 'is-ketamine-addictive-dependence-and-bladder-health',
  slug: 'ketamina-adiccion-dependencia-vejiga',
  title: '¿La ketamina es adictiva? Dependencia, uso indebido y salud de la vejiga',
  excerpt:
    'La ketamina es una sustancia controlada porque se puede usar indebidamente y causar dependencia. Qué significa eso para el tratamiento médico y por qué importa la salud de la vejiga.',
  keyPoints: [
    'La ketamina es una sustancia controlada porque se puede usar de forma indebida y causar dependencia.',
    'El uso frecuente puede causar tolerancia, ansias de consumir y síntomas de abstinencia.',
    'El uso intenso y frecuente puede dañar la vejiga; avise de inmediato si tiene síntomas al orinar.',
    'Las dosis supervisadas, las sesiones planificadas y las preguntas sobre el consumo de sustancias reducen el riesgo.',
  ],
  heroImageAlt:
    'Ilustración abstracta de la forma de un candado dibujada en morado apagado sobre una cuadrícula',
  conditions: ['Seguridad del tratamiento', 'Consumo de sustancias'],
  risks: [
    'Dependencia psicológica y deseo intenso de consumirla con el uso frecuente',
    'Tolerancia, es decir, que se necesitan dosis más altas para lograr el mismo efecto',
    'Síntomas de abstinencia, como ánimo bajo, ansiedad y mal sueño, al dejar un uso frecuente',
    'Cistitis por ketamina: dolor, urgencia y sangre en la orina, con posible daño duradero de la vejiga',
    'Disociación, mareo, sueño y presión arterial elevada después de cada dosis',
    SLOWED_BREATHING_ES,
    LONG_TERM_SAFETY_UNKNOWN_ES,
    WHO_SHOULD_NOT_HAVE_KETAMINE_ES,
    WHEN_TO_GET_URGENT_HELP_ES,
  ],
  body: [
    p(
      'La ketamina es una droga de la calle además de un medicamento. Por eso muchas personas se preguntan si el tratamiento podría llevar a una adicción. La respuesta corta es que el [riesgo es real](cite:ketamineInjectionLabel). Los equipos de salud lo manejan dando la ketamina bajo supervisión, en dosis fijas y con límites en la frecuencia.',
    ),
    h2('Por qué la ketamina es una sustancia controlada'),
    p(
      'En 1999, la Administración para el Control de Drogas de EE. UU. (DEA) [puso la ketamina en la Lista III](cite:dea1999) de la ley de control de drogas, porque se puede abusar de ella. Los medicamentos de la Lista III tienen usos médicos aceptados. Pero su uso indebido puede llevar a cierta dependencia física, o a una fuerte dependencia mental.',
    ),
    p(
      'La [etiqueta de la ketamina inyectable](cite:ketamineInjectionLabel) (sección 9.3) describe dependencia y tolerancia con el uso frecuente, y síntomas de abstinencia cuando se deja un uso frecuente. El aerosol nasal de esketamina lleva una [advertencia en recuadro sobre el abuso y el uso indebido](cite:spravatoLabel). Solo se puede obtener a través de un programa de seguridad estricto: se toma en una clínica aprobada y nunca se lleva a casa.',
    ),
    h2('Cómo se reduce el riesgo'),
    p(
      'Medidas como estas reducen el riesgo. La [etiqueta de la esketamina](cite:spravatoLabel) pide que las dosis se den en una clínica y que los profesionales de la salud estén atentos al uso indebido:',
    ),
    bullets(
      'Las dosis se dan y se vigilan en una clínica en lugar de tomarse en casa.',
      'Antes del tratamiento se pregunta por el consumo de drogas actual y pasado. El uso indebido activo por lo general descarta la ketamina.',
      'El número de sesiones y el tiempo entre ellas se planifican de antemano y se revisan con frecuencia.',
      'Los profesionales de la salud están atentos a señales de abuso y uso indebido, como buscar dosis adicionales.',
    ),
    callout(
      'warning',
      'No compre ketamina por internet ni tome en casa ketamina preparada en una farmacia de compuestos sin supervisión médica. Las dosis son inciertas y nadie está ahí si algo sale mal.',
    ),
    h2('La ketamina y la vejiga'),
    p(
      'El consumo intenso y frecuente de ketamina, casi siempre como droga de la calle, puede inflamar la vejiga y dejarle cicatrices. Esto se llama [cistitis por ketamina](cite:anderson2022). Las señales incluyen necesidad de orinar a menudo y con prisa, dolor y sangre en la orina. Dejar la ketamina pronto da la mejor probabilidad de recuperarse. Los casos graves pueden causar un daño duradero.',
    ),
    p(
      'Las dosis del tratamiento supervisado suelen ser más bajas y menos frecuentes que en el consumo intenso en la calle. Pero la [etiqueta de la ketamina inyectable](cite:ketamineInjectionLabel) también informa síntomas de la vejiga con el uso prolongado, así que avise enseguida si tiene alguno.',
    ),
    h2('Otros riesgos de cada dosis'),
    p(
      'Cada dosis puede hacer que se sienta desconectado de sí mismo, mareado o con sueño, y puede subir la presión arterial. Con menos frecuencia, hace más lenta la respiración ([etiqueta de la esketamina](cite:spravatoLabel)). No se sabe si el uso repetido o a largo plazo es seguro ([revisión de los efectos secundarios](cite:short2018)). Llame al 911 si tiene dolor en el pecho, dificultad para respirar, un dolor de cabeza fuerte y repentino o una convulsión después de una dosis.',
    ),
    h2('Si le preocupa su propio consumo'),
    p(
      'Si ha usado ketamina fuera de la atención médica y le cuesta dejarla, no está solo, y hay ayuda para usted. Hable con su médico, o llame a la Línea Nacional de Ayuda de SAMHSA al 1-800-662-4357 para recibir apoyo gratuito y privado, también en español.',
    ),
    cta(
      'call',
      '¿Tiene preguntas sobre los riesgos?',
      'Llame a la clínica para hablarlos antes de decidir sobre el tratamiento.',
    ),
  ],
};
