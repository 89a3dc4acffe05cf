/**
 * Each page type in English and Spanish; every pair is the same page in both languages (hreflang pairs). The
 * article pair is a sample article and its reviewed Spanish translation from the sample dataset.
 */
export const TRANSLATED_ARTICLE = { en: '/articles/ketamine-for-chronic-pain-what-the-evidence-says', es: '/es/articulos/ketamina-dolor-cronico' };

export const PAGE_PAIRS = [
  { name: 'home', en: '/', es: '/es' },
  { name: 'article list', en: '/articles', es: '/es/articulos' },
  { name: 'article list filtered by topic', en: '/articles?topic=depression', es: '/es/articulos?topic=depression' },
  { name: 'article', ...TRANSLATED_ARTICLE },
  { name: 'benefits', en: '/benefits', es: '/es/beneficios' },
  { name: 'contact', en: '/contact', es: '/es/contacto' },
] as const;
