import { bullets, callout, cta, h2, p } from '../../portableText.ts';
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
  ],
  body: [
    p(
      'La ketamina se usa con fines recreativos además de médicos, y es razonable que muchas personas se pregunten si el tratamiento podría llevar a una adicción. La respuesta corta es que el riesgo es real. Las guías lo manejan administrando la ketamina bajo supervisión, en dosis medidas y con límites en la frecuencia.',
    ),
    h2('Por qué la ketamina es una sustancia controlada'),
    p(
      'En 1999, la Administración para el Control de Drogas de EE. UU. (DEA) [clasificó la ketamina en la Lista III](cite:dea1999) de la Ley de Sustancias Controladas por su potencial de abuso. Los medicamentos de la Lista III tienen usos médicos aceptados, pero su uso indebido puede llevar a una dependencia física moderada o baja, o a una dependencia psicológica alta.',
    ),
    p(
      'La [etiqueta de la ketamina inyectable](cite:ketamineInjectionLabel) (sección 9.3) describe dependencia y tolerancia con el uso frecuente, y síntomas de abstinencia cuando se deja un uso frecuente. El aerosol nasal de esketamina lleva una [advertencia en recuadro sobre el abuso y el uso indebido](cite:spravatoLabel) y solo se puede obtener a través de un programa de seguridad restringido: se administra en un centro de salud certificado y nunca se lleva a casa.',
    ),
    h2('Cómo se reduce el riesgo'),
    bullets(
      'Las dosis se administran y se observan en un centro de salud en lugar de tomarse en casa.',
      'Antes del tratamiento se pregunta por el consumo de sustancias actual y pasado. El uso indebido activo por lo general descarta la ketamina.',
      'El número de sesiones y el tiempo entre ellas se planifican de antemano y se revisan con regularidad.',
      'La etiqueta de la esketamina pide a los profesionales de la salud que estén atentos a señales de abuso y uso indebido, como buscar dosis adicionales.',
    ),
    callout(
      'warning',
      'No compre ketamina por internet ni tome en casa ketamina preparada en una farmacia de compuestos sin supervisión médica. Las dosis son inciertas y nadie está ahí si algo sale mal.',
    ),
    h2('La ketamina y la vejiga'),
    p(
      'El consumo intenso y frecuente de ketamina, casi siempre recreativo, puede inflamar la vejiga y dejarle cicatrices. Esto se conoce como [cistitis por ketamina](cite:anderson2022). Los síntomas incluyen necesidad frecuente y urgente de orinar, dolor y sangre en la orina. Dejar la ketamina pronto da la mejor probabilidad de recuperación; los casos graves pueden causar un daño duradero.',
    ),
    p(
      'Las dosis que se usan en el tratamiento supervisado suelen ser más bajas y menos frecuentes que en el consumo recreativo intenso, pero la etiqueta de la ketamina inyectable también reporta síntomas de la vejiga con el uso prolongado, así que avise enseguida si tiene alguno.',
    ),
    h2('Si le preocupa su propio consumo'),
    p(
      'Si ha usado ketamina fuera de la atención médica y le cuesta dejarla, no está solo, y hay ayuda disponible. Hable con su médico, o llame a la Línea Nacional de Ayuda de SAMHSA al 1-800-662-4357 para recibir apoyo gratuito y confidencial, también en español.',
    ),
    cta(
      'call',
      '¿Tiene preguntas sobre los riesgos?',
      'Llame a la clínica para hablarlos antes de decidir sobre el tratamiento.',
    ),
  ],
};
