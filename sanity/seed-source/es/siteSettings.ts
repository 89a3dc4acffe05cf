// The Spanish site settings: the texts only. The primary clinic is the English settings' one (build-seed copies it).
// The crisis notice names 988 (call or text) and 911 exactly as the English one does, and adds how to reach the
// Lifeline's Spanish-speaking counselors.
export const siteSettingsEs = {
  siteName: 'Propel Therapeutics',
  tagline: 'Información clara y con referencias sobre el tratamiento con ketamina en Sacramento',
  medicalDisclaimer:
    'La información de este sitio es educativa y general, y no es consejo médico. No reemplaza una consulta con un profesional de la salud calificado que conozca su historial. La ketamina no es adecuada para todas las personas, y sus beneficios y riesgos varían de una persona a otra.',
  crisisNotice:
    'Si está pensando en el suicidio o está en crisis, llame o envíe un mensaje de texto al 988 para comunicarse con la Línea de Prevención del Suicidio y Crisis, disponible las 24 horas del día. Para hablar con alguien en español, llame al 988 y marque el 2. Si usted u otra persona está en peligro inmediato, llame al 911.',
  ctaHeading: 'Hable con la clínica',
  ctaText:
    '¿Tiene preguntas sobre si el tratamiento con ketamina podría ser adecuado para usted? Llámenos o visite la clínica en Sacramento.',
};
