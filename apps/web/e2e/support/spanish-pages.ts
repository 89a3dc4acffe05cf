import { SAMPLE_ARTICLE } from './pages.ts';

/**
 * Each page type in English and Spanish. `translated` pages exist in both languages (hreflang pairs); the
 * article pair is the sample article and its Spanish translation from the sample dataset.
 */
export const SPANISH_ARTICLE = '/es/articulos/ketamina-para-el-sdrc-que-esperar';

export const PAGE_PAIRS = [
  { name: 'home', en: '/', es: '/es' },
  { name: 'article list', en: '/articles', es: '/es/articulos' },
  { name: 'article list filtered by topic', en: '/articles?topic=depression', es: '/es/articulos?topic=depression' },
  { name: 'article', en: SAMPLE_ARTICLE, es: SPANISH_ARTICLE },
  { name: 'benefits', en: '/benefits', es: '/es/beneficios' },
  { name: 'contact', en: '/contact', es: '/es/contacto' },
] as const;
