// Every word the search form and the search page show, in each language the site is written in, in one place:
// the English page (/search) and a Spanish one reuse the same components with their own entry.
import type { SearchLanguage } from '@clinic/content';

export interface SearchStrings {
  /** Where the form sends the search (a GET with `q`). */
  path: string;
  /** Accessible name of the header's search landmark. */
  siteSearchName: string;
  /** Accessible name of the search page's own form. */
  pageSearchName: string;
  inputLabel: string;
  submit: string;
  pageTitle: string;
  resultsTitle: (query: string) => string;
  resultCount: (count: number) => string;
  showingResultsFor: string;
  noQueryLead: string;
  noResultsTitle: (query: string) => string;
  noResultsLead: string;
  topicsHeading: string;
  callHeading: string;
  callLead: string;
  callLabel: string;
}

export const SEARCH_STRINGS: Record<SearchLanguage, SearchStrings> = {
  en: {
    path: '/search',
    siteSearchName: 'Site',
    pageSearchName: 'Articles',
    inputLabel: 'Search articles',
    submit: 'Search',
    pageTitle: 'Search',
    resultsTitle: (query) => `Results for “${query}”`,
    resultCount: (count) => (count === 1 ? '1 article found' : `${count} articles found`),
    showingResultsFor: 'Showing results for',
    noQueryLead: 'Search the clinic’s articles on ketamine treatment, its evidence and its risks.',
    noResultsTitle: (query) => `No articles found for “${query}”`,
    noResultsLead: 'Try fewer or other words, or browse the articles by topic.',
    topicsHeading: 'Browse by topic',
    callHeading: 'Ask our care team',
    callLead: 'If you cannot find what you need, our team can answer questions about treatment by phone.',
    callLabel: 'Call',
  },
  es: {
    path: '/es/buscar',
    siteSearchName: 'Sitio',
    pageSearchName: 'Artículos',
    inputLabel: 'Buscar artículos',
    submit: 'Buscar',
    pageTitle: 'Buscar',
    resultsTitle: (query) => `Resultados para «${query}»`,
    resultCount: (count) => (count === 1 ? '1 artículo encontrado' : `${count} artículos encontrados`),
    showingResultsFor: 'Mostrando resultados para',
    noQueryLead:
      'Busque en los artículos de la clínica sobre el tratamiento con ketamina, su evidencia y sus riesgos.',
    noResultsTitle: (query) => `No se encontraron artículos para «${query}»`,
    noResultsLead: 'Pruebe con menos palabras o con otras, o vea los artículos por tema.',
    topicsHeading: 'Ver por tema',
    callHeading: 'Hable con nuestro equipo',
    callLead: 'Si no encuentra lo que necesita, nuestro equipo puede responder sus preguntas por teléfono.',
    callLabel: 'Llame al',
  },
};
