import { describe, expect, it, jest } from '@jest/globals';
import { benefitSchema, type Article, type ArticleSummary, type Person } from '@clinic/content';
import { render } from '@testing-library/react';
import fc from 'fast-check';
import type { ReactElement } from 'react';
import { MESSAGES } from '@/i18n/translate';
import { literalFragments, messageEntries } from '@/i18n/test-support';
import { citations, clinic, makeArticle, reviewer, settings } from '@/test/fixtures';

// Property: a Spanish page shows no English UI text, whatever the content. Every page type is rendered in
// Spanish from Spanish-language content (so any English on it came from the site, not the editor), and its
// visible text and accessible names are searched for the literal words of every English UI message.
// The data modules are replaced by in-memory content: these are unit tests of the views, not of fetching.

const spanishSettings = {
  ...settings,
  tagline: 'Atención con ketamina basada en la evidencia en Sacramento',
  medicalDisclaimer: 'Este sitio ofrece información general, no consejo médico.',
  crisisNotice: 'Si está pensando en el suicidio, llame o envíe un mensaje al 988.',
  ctaHeading: 'Hable con nuestro equipo',
  ctaText: 'Llámenos para saber si el tratamiento con ketamina podría ser adecuado para usted.',
};
const spanishClinic = {
  ...clinic,
  services: ['Terapia de infusión de ketamina'],
  openingHours: [{ days: ['Monday', 'Tuesday'], opens: '09:00', closes: '17:30' }],
  visitDescription: 'Una visita dura unas dos horas.',
  paymentInformation: 'Pago directo; consulte con su seguro.',
  website: 'https://www.example.com',
} as typeof clinic;

const person = (overrides: Partial<Person>): Person => ({ ...reviewer, ...overrides });

/** Spanish article content with the variations the views branch on. */
const articleArbitrary = fc
  .record({
    reviewState: fc.constantFrom('reviewed', 'changedSinceReview', 'notReviewed' as const),
    credentials: fc.option(fc.constantFrom('MD', 'PharmD'), { nil: null }),
    approvedAt: fc.constantFrom('2020-02-29T18:00:00Z', '2026-03-03T18:00:00Z', '2031-12-31T18:00:00Z'),
    author: fc.boolean(),
    risks: fc.boolean(),
    keyPoints: fc.boolean(),
    crisis: fc.boolean(),
    related: fc.boolean(),
    topic: fc.constantFrom('crps', 'depression', 'safety', 'treatment' as const),
    translated: fc.boolean(),
  })
  .map(
    (choice): Article =>
      makeArticle({
        title: 'Ketamina para el SDRC: qué esperar',
        slug: 'ketamina-sdrc',
        excerpt: 'Las guías encuentran evidencia moderada de que la ketamina alivia el dolor.',
        topic: choice.topic,
        review:
          choice.reviewState === 'reviewed'
            ? { state: 'reviewed', reviewer: { name: 'Dra. Revisora', credentials: choice.credentials }, approvedAt: choice.approvedAt }
            : choice.reviewState === 'changedSinceReview'
              ? { state: 'changedSinceReview', approvedAt: choice.approvedAt }
              : { state: 'notReviewed' },
        medicalReviewer: person({ credentials: choice.credentials, name: 'Dra. Revisora' }),
        author: choice.author ? person({ name: 'Equipo clínico', isSamplePlaceholder: true }) : null,
        risks: choice.risks ? ['Aumento de la presión arterial durante la infusión'] : [],
        keyPoints: choice.keyPoints
          ? ['La evidencia es moderada.', 'El alivio suele pasar en semanas.', 'Sube la presión arterial.']
          : [],
        showCrisisNotice: choice.crisis,
        settings: spanishSettings,
        body: [
          { _type: 'callout', _key: 'c', tone: 'warning', text: 'Consulte a su médico.' },
          { _type: 'ctaBlock', _key: 'cta', heading: '¿Preguntas?', text: 'Llámenos.', action: 'call' },
        ] as Article['body'],
        related: choice.related ? [summary] : [],
        language: 'es',
        translations: choice.translated ? [{ language: 'en', slug: 'ketamine-for-crps' }] : [],
      }),
  );

const summary: ArticleSummary = {
  _id: 'article-es-1',
  title: 'La ketamina y la depresión',
  slug: 'ketamina-depresion',
  excerpt: 'Lo que muestran los estudios.',
  topic: 'depression',
  topicLabel: 'Depression',
  heroImage: null,
  publishedAt: '2026-09-01T01:30:00Z',
} as ArticleSummary;

const spanishBenefit = benefitSchema.parse({
  _id: 'benefit-es',
  statement: 'Puede aliviar los síntomas depresivos en un día',
  qualifier: 'en algunos adultos',
  evidenceLevel: 'moderate',
  conditions: [],
  references: citations,
  order: 0,
  language: 'es',
  translationReviewer: { ...reviewer, name: 'Revisora de traducción' },
  translationReviewed: '2026-04-01',
  // As the benefits query reads a linked article: its own language and translation review.
  article: {
    title: 'La ketamina y la depresión',
    slug: 'ketamina-depresion',
    language: 'es',
    translationReviewer: { ...reviewer, name: 'Revisora de traducción' },
    translationReviewed: '2026-04-01',
  },
});

let currentArticle: Article = makeArticle({ settings: spanishSettings });
const chrome = { settings: spanishSettings, clinics: [spanishClinic], primaryClinic: spanishClinic };

jest.unstable_mockModule('@/shell/site-chrome-loader', () => ({
  getSiteChrome: async () => chrome,
  siteNameOf: (value: { siteName?: string } | null) => value?.siteName ?? 'Clínica',
}));
jest.unstable_mockModule('@/home/home-loader', () => ({
  getHomePage: async () => ({ settings: spanishSettings, benefits: [spanishBenefit], latestArticles: [summary], featuredArticles: [] }),
}));
jest.unstable_mockModule('@/article/list/article-list-loader', () => ({
  getArticleList: async () => ({ articles: [summary], page: 1, pageCount: 3, total: 20 }),
  getTopicsInUse: async () => [
    { value: 'depression', label: 'Depression', count: 1 },
    { value: 'safety', label: 'Safety and risks', count: 1 },
  ],
}));
jest.unstable_mockModule('@/benefit/benefits-loader', () => ({
  getBenefits: async () => [spanishBenefit],
}));
jest.unstable_mockModule('@/article/article-loader', () => ({
  getArticle: async () => currentArticle,
  getArticleRedirect: async () => null,
  articleStaticParams: async () => [],
}));

const { HomeView } = await import('./home/HomeView.tsx');
const { ArticleListView } = await import('./article/list/ArticleListView.tsx');
const { ArticlePageView } = await import('./article/ArticlePageView.tsx');
const { BenefitsView } = await import('./benefit/BenefitsView.tsx');
const { ContactView } = await import('./clinic/ContactView.tsx');
const { EditorialPolicyView } = await import('./editorial-policy/EditorialPolicyView.tsx');
const { NotFoundView } = await import('./shell/NotFoundView.tsx');
const { ErrorView } = await import('./shell/ErrorView.tsx');
const { SiteHeader } = await import('@/shell/SiteHeader');
const { SiteFooter } = await import('@/shell/SiteFooter');
const { CallBar } = await import('@/clinic/CallBar');
const { CallToAction } = await import('@/clinic/CallToAction');

/**
 * English UI words that must not appear on a Spanish page. Left out: the language switch (on a Spanish page it
 * rightly names English in English) and the 988 Spanish option, which is Spanish in both files.
 */
const englishFragments = messageEntries(MESSAGES.en)
  .filter(([key]) => !key.startsWith('Language.') && key !== 'Crisis.spanishOption')
  .flatMap(([key, value]) => literalFragments(value as string).map((fragment) => ({ key, fragment })));

function wordPattern(fragment: string): RegExp {
  return new RegExp(`(^|[^\\p{L}])${fragment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u');
}

/**
 * Visible text and accessible names (aria-label, alt, title) of a rendered tree, leaving out the language
 * switch, which names the other language in that language.
 */
function readableText(rendered: HTMLElement): string {
  const container = rendered.cloneNode(true) as HTMLElement;
  for (const languageSwitch of container.querySelectorAll('[lang]:not([lang^="es"])')) languageSwitch.remove();
  const labels = [...container.querySelectorAll('[aria-label],[alt],[title]')].flatMap((element) =>
    ['aria-label', 'alt', 'title'].map((name) => element.getAttribute(name) ?? ''),
  );
  // Text node by text node: textContent would run a heading's last word into the next paragraph's first.
  const texts: string[] = [];
  const walker = container.ownerDocument.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) texts.push(walker.currentNode.nodeValue ?? '');
  return [...texts, ...labels].join('\n');
}

function englishLeaks(tree: ReactElement): string[] {
  const { container, unmount } = render(tree);
  const text = readableText(container);
  unmount();
  return englishFragments.filter(({ fragment }) => wordPattern(fragment).test(text)).map(({ key, fragment }) => `${key}: ${fragment}`);
}

const pageTypes: [string, () => Promise<ReactElement>][] = [
  ['home', () => HomeView({ locale: 'es' })],
  ['article list', () => ArticleListView({ params: { topic: null, page: 2 }, locale: 'es' })],
  ['article list by topic', () => ArticleListView({ params: { topic: 'safety', page: 1 }, locale: 'es' })],
  ['article', () => ArticlePageView({ slug: 'ketamina-sdrc', locale: 'es' })],
  ['benefits', () => BenefitsView({ locale: 'es' })],
  ['contact', () => ContactView({ locale: 'es' })],
  ['editorial policy', async () => EditorialPolicyView({ locale: 'es' })],
  ['not found', () => NotFoundView({ locale: 'es' })],
  ['error', async () => <ErrorView locale="es" reset={() => undefined} />],
  [
    'site frame',
    async () => (
      <>
        <SiteHeader siteName="Propel Therapeutics" clinic={spanishClinic} locale="es" />
        <SiteFooter settings={spanishSettings} clinic={spanishClinic} siteName="Propel Therapeutics" locale="es" />
        <CallBar clinic={spanishClinic} locale="es" />
        <CallToAction clinic={spanishClinic} settings={null} locale="es" />
      </>
    ),
  ],
];

describe('Spanish pages', () => {
  it('the leak check finds English UI text: the English pages are full of it', async () => {
    const leaks = englishLeaks(await ContactView({ locale: 'en' }));
    expect(leaks).toEqual(expect.arrayContaining(['Contact.title: Contact and directions', 'Contact.hours: Opening hours']));
  });

  it.each(pageTypes)('%s: no English UI text', async (_name, page) => {
    expect(englishLeaks(await page())).toEqual([]);
  });

  it('article: no English UI text whatever the review state, author, risks, crisis notice and related articles', async () => {
    await fc.assert(
      fc.asyncProperty(articleArbitrary, async (article) => {
        currentArticle = article;
        expect(englishLeaks(await ArticlePageView({ slug: article.slug, locale: 'es' }))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it('dates, hours and the phone number are written for es-US', async () => {
    currentArticle = makeArticle({
      settings: spanishSettings,
      publishedAt: '2026-09-01T01:30:00Z',
      language: 'es',
      review: { state: 'reviewed', reviewer: { name: 'Dra. Revisora', credentials: 'MD' }, approvedAt: '2026-03-03T18:00:00Z' },
    });
    const article = render(await ArticlePageView({ slug: 'ketamina-sdrc', locale: 'es' }));
    // 01:30 UTC on 1 September is still 31 August in Sacramento.
    expect(article.container.textContent).toContain('Publicado el 31 de agosto de 2026');
    expect(article.container.textContent).toContain('Revisado médicamente por Dra. Revisora, MD, el 3 de marzo de 2026.');
    expect(article.container.textContent).toContain('Próxima revisión: 3 de marzo de 2027');
    article.unmount();
    const contact = render(await ContactView({ locale: 'es' }));
    expect(contact.container.textContent).toContain('lunes, martes: 9:00 a.m. – 5:30 p.m.');
    // US numbers keep the national format in Spanish; the words around them are Spanish.
    expect(contact.getAllByRole('link', { name: 'Llamar al (916) 915-9215' }).length).toBeGreaterThan(0);
    contact.unmount();
  });
});
