import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { SITE_LANGUAGE_CODES, type SiteLanguage } from '@clinic/content/languages';
import { sectionPath } from '@clinic/content/routes';
import { TOPIC_VALUES, type Topic } from '@clinic/content/taxonomy';
import { mutate, query, revalidate } from './support/lake-admin.ts';

// What a reader of either language is offered is there in that language: the topic filters and the search page's
// topic suggestions lead only to lists with articles in the page's language, and a list with none is not indexed;
// every benefit links an article in its own language whose risks are shown in that language; and the editorial
// policy exists in both languages, linked from the footer and listed in the sitemap.

const LANGUAGE_TAG: Record<SiteLanguage, string> = { en: 'en-US', es: 'es-US' };
const listPath = (language: SiteLanguage, topic: Topic | null) =>
  topic === null ? sectionPath(language, 'articles') : `${sectionPath(language, 'articles')}?topic=${topic}`;
const topicOfLink = (href: string) => new URL(href, 'http://site').searchParams.get('topic');

async function offeredTopics(page: Page, selector: string): Promise<string[]> {
  const hrefs = await page.locator(selector).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return hrefs.map(topicOfLink).filter((topic): topic is string => topic !== null);
}

test.describe('topics follow the language of the page', () => {
  // The topic whose Spanish articles are moved to another topic for these tests, so it has articles in English
  // only, as a topic does while its articles await translation.
  const ENGLISH_ONLY: Topic = 'crps';
  const MOVED_TO: Topic = 'chronic-pain';
  let moved: string[] = [];

  test.beforeAll(async ({ baseURL }) => {
    moved = await query<string[]>('*[_type == "article" && language == "es" && topic == $topic]._id', {
      topic: ENGLISH_ONLY,
    });
    expect(moved.length).toBeGreaterThan(0);
    await mutate(moved.map((id) => ({ patch: { id, set: { topic: MOVED_TO } } })));
    expect((await revalidate(baseURL!, { _type: 'article' })).status).toBe(200);
  });

  test.afterAll(async ({ baseURL }) => {
    await mutate(moved.map((id) => ({ patch: { id, set: { topic: ENGLISH_ONLY } } })));
    await revalidate(baseURL!, { _type: 'article' });
  });

  for (const language of SITE_LANGUAGE_CODES) {
    test(`${language}: the filters offer exactly the topics whose list has articles, and an empty list is noindex`, async ({
      page,
    }) => {
      await expect
        .poll(async () => {
          await page.goto(listPath('es', null));
          return offeredTopics(page, 'nav.topic-filter a');
        })
        .not.toContain(ENGLISH_ONLY);

      await page.goto(listPath(language, null));
      const offered = await offeredTopics(page, 'nav.topic-filter a');
      expect(offered.length).toBeGreaterThan(0);
      expect(offered.includes(ENGLISH_ONLY)).toBe(language === 'en');

      for (const topic of TOPIC_VALUES) {
        const response = await page.goto(listPath(language, topic));
        expect(response?.status()).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('lang', LANGUAGE_TAG[language]);
        const cards = await page.locator('main .article-card').count();
        expect([topic, cards > 0]).toEqual([topic, offered.includes(topic)]);
        const robots = page.locator('meta[name="robots"]');
        if (cards === 0) await expect(robots).toHaveAttribute('content', 'noindex');
        else await expect(robots).toHaveCount(0);
        // The filters on a filtered list are the same list of topics.
        expect(await offeredTopics(page, 'nav.topic-filter a')).toEqual(offered);
      }
    });

    test(`${language}: the search page suggests the same topics as the filters`, async ({ page }) => {
      await page.goto(listPath(language, null));
      const offered = await offeredTopics(page, 'nav.topic-filter a');
      await page.goto(`${sectionPath(language, 'search')}?q=zzqxjv`);
      const suggested = await offeredTopics(page, '.search-page__topics a');
      expect(suggested).toEqual(offered);
      for (const href of await page.locator('.search-page__topics a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!)))
        expect(href.startsWith(sectionPath(language, 'articles'))).toBe(true);
    });
  }

  test('an English topic with no Spanish article names no Spanish twin, and its switch leads to the Spanish list', async ({
    page,
  }) => {
    await page.goto(listPath('en', ENGLISH_ONLY));
    await expect(page.locator('head link[rel="alternate"][hreflang="es-US"]')).toHaveCount(0);
    const toSpanish = page.locator('nav.language-switch a');
    await expect(toSpanish).toHaveAttribute('href', sectionPath('es', 'articles'));
  });
});

test.describe('benefits link an article in their own language, with its risks', () => {
  for (const language of SITE_LANGUAGE_CODES) {
    for (const section of ['benefits', 'home'] as const) {
      test(`${language} ${section}: every benefit links an article of the page's language whose risks are shown there`, async ({
        page,
      }) => {
        await page.goto(sectionPath(language, section));
        const cards = page.locator('article.benefit');
        const count = await cards.count();
        expect(count).toBeGreaterThan(0);
        const links: { statement: string; risks: string | null }[] = [];
        for (let index = 0; index < count; index += 1) {
          const card = cards.nth(index);
          const statement = (await card.locator('.benefit__statement').textContent()) ?? '';
          const risks = await card.locator('.benefit__more a[href$="#risks"]').getAttribute('href').catch(() => null);
          links.push({ statement, risks });
        }
        // Every benefit goes to an article, never to the general safety list.
        expect(links.filter((link) => link.risks === null)).toEqual([]);
        for (const { risks } of links) {
          const path = risks!.replace(/#risks$/, '');
          expect(path.startsWith(`${sectionPath(language, 'articles')}/`)).toBe(true);
          const slug = path.split('/').at(-1)!;
          const expected = await query<string[]>(
            '*[_type == "article" && coalesce(language, "en") == $language && slug.current == $slug][0].risks',
            { language, slug },
          );
          expect(expected.length).toBeGreaterThan(0);
          expect((await page.goto(risks!))?.status()).toBe(200);
          await expect(page.locator('html')).toHaveAttribute('lang', LANGUAGE_TAG[language]);
          await expect(page.locator('#risks li')).toHaveText(expected);
        }
      });
    }
  }
});

test.describe('the editorial policy', () => {
  const POLICY = { en: '/editorial-policy', es: '/es/politica-editorial' } as const;
  const HEADINGS = {
    en: ['Who writes and reviews the pages', 'How the evidence is graded', 'How mistakes are corrected', 'Who pays for these pages', 'Our conflict of interest'],
    es: ['Quién escribe y revisa las páginas', 'Cómo se califica la evidencia', 'Cómo se corrigen los errores', 'Quién paga estas páginas', 'Nuestro conflicto de interés'],
  };

  for (const language of SITE_LANGUAGE_CODES) {
    test(`${language}: it is in the page's language, says what it must, and names its twin`, async ({ page }) => {
      expect(sectionPath(language, 'editorialPolicy')).toBe(POLICY[language]);
      const response = await page.goto(POLICY[language]);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', LANGUAGE_TAG[language]);
      await expect(page.locator('main h2')).toHaveText(HEADINGS[language]);
      // The four evidence levels, the placeholder people and the conflict of interest, in the page's language.
      await expect(page.locator('main .evidence-legend dt')).toHaveCount(4);
      await expect(page.locator('main')).toContainText(language === 'en' ? /placeholder is not a real person/ : /marcador de posición no es una persona real/);
      await expect(page.locator('main')).toContainText(language === 'en' ? /sells ketamine treatment/ : /vende tratamiento con ketamina/);
      const alternates = await page.locator('head link[rel="alternate"][hreflang]').evaluateAll((links) =>
        links.map((link) => [link.getAttribute('hreflang'), new URL((link as HTMLLinkElement).href).pathname]),
      );
      expect(Object.fromEntries(alternates)).toEqual({ 'en-US': POLICY.en, 'es-US': POLICY.es, 'x-default': POLICY.en });
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(axe.violations.map((violation) => violation.id)).toEqual([]);
    });

    test(`${language}: the footer of the home page links it`, async ({ page }) => {
      await page.goto(sectionPath(language, 'home'));
      await page.locator('footer').getByRole('link', { name: language === 'en' ? 'Editorial policy' : 'Política editorial' }).click();
      expect(new URL(page.url()).pathname).toBe(POLICY[language]);
    });
  }

  test('the sitemap lists both, each naming the other', async ({ request }) => {
    const sitemap = await (await request.get('/sitemap.xml')).text();
    for (const language of SITE_LANGUAGE_CODES) {
      const entry = new RegExp(`<url>\\n<loc>[^<]*${POLICY[language]}</loc>\\n([\\s\\S]*?)</url>`).exec(sitemap)?.[1] ?? '';
      expect(entry).toMatch(new RegExp(`hreflang="en-US" href="[^"]*${POLICY.en}"`));
      expect(entry).toMatch(new RegExp(`hreflang="es-US" href="[^"]*${POLICY.es}"`));
    }
  });
});
