import { describe, expect, it, jest } from '@jest/globals';
import type { ArticleList, ArticleSummary, TopicWithCount } from '@clinic/content';
import { TOPIC_VALUES, type Topic } from '@clinic/content/taxonomy';
import { render } from '@testing-library/react';
import fc from 'fast-check';
import type { Locale } from '@/i18n/locales';

// Property: whatever topics each language has articles in, a list page offers exactly the topics with articles in
// its own language, answers noindex when it lists nothing, names a translation (hreflang) only in a language that
// has articles on its topic, and its language switch never leads to an empty list. The data module is replaced by
// in-memory content: this tests the view's decisions, not fetching (e2e/language-content.spec.ts runs the site).

let inUse: Record<Locale, Topic[]> = { en: [], es: [] };

const summary = (topic: Topic): ArticleSummary =>
  ({
    _id: `article-${topic}`,
    title: 'Un artículo',
    slug: `articulo-${topic}`,
    excerpt: 'Resumen.',
    topic,
    topicLabel: topic,
    heroImage: null,
    publishedAt: '2026-09-01T01:30:00Z',
  }) as ArticleSummary;

// The empty-list page's not-found view reads the site chrome on the server; importing it is all this test does.
jest.unstable_mockModule('server-only', () => ({}));
jest.unstable_mockModule('@/article/list/article-list-loader', () => ({
  getArticleList: async (locale: Locale, options: { topic?: string | null }): Promise<ArticleList> => {
    const topics = options.topic ? inUse[locale].filter((topic) => topic === options.topic) : inUse[locale];
    return {
      articles: topics.map(summary),
      page: 1,
      pageCount: topics.length > 0 ? 1 : 0,
      total: topics.length,
      topic: (options.topic ?? null) as ArticleList['topic'],
      language: locale,
    };
  },
  getTopicsInUse: async (locale: Locale): Promise<TopicWithCount[]> =>
    TOPIC_VALUES.filter((topic) => inUse[locale].includes(topic)).map((value) => ({ value, label: value, count: 1 })),
}));

const { ArticleListView, articleListMetadata } = await import('./ArticleListView.tsx');

const topicSets = fc.subarray([...TOPIC_VALUES]);
const situation = fc.record({
  en: topicSets,
  es: topicSets,
  locale: fc.constantFrom<Locale>('en', 'es'),
  topic: fc.option(fc.constantFrom(...TOPIC_VALUES), { nil: null }),
});

describe('article list topics by language', () => {
  it('offers exactly the topics with articles in the page language, in vocabulary order', async () => {
    await fc.assert(
      fc.asyncProperty(situation, async ({ en, es, locale, topic }) => {
        inUse = { en, es };
        const { container, unmount } = render(await ArticleListView({ params: { topic, page: 1 }, locale }));
        const offered = [...container.querySelectorAll('nav.topic-filter a')]
          .map((link) => new URL(link.getAttribute('href')!, 'http://site').searchParams.get('topic'))
          .filter((value) => value !== null);
        unmount();
        expect(offered).toEqual(TOPIC_VALUES.filter((value) => inUse[locale].includes(value)));
      }),
      { numRuns: 40 },
    );
  });

  it('answers noindex exactly when the list is empty, and names only translations that have articles', async () => {
    await fc.assert(
      fc.asyncProperty(situation, async ({ en, es, locale, topic }) => {
        inUse = { en, es };
        const metadata = await articleListMetadata({ topic, page: 1 }, locale);
        const empty = topic === null ? inUse[locale].length === 0 : !inUse[locale].includes(topic);
        expect(metadata.robots).toEqual(empty ? { index: false } : undefined);
        const other: Locale = locale === 'en' ? 'es' : 'en';
        const otherHas = topic === null || inUse[other].includes(topic);
        expect(Boolean(metadata.alternates?.languages)).toBe(otherHas);
      }),
      { numRuns: 60 },
    );
  });

  it("switches language to the same topic only when the other language has articles on it", async () => {
    await fc.assert(
      fc.asyncProperty(situation, async ({ en, es, locale, topic }) => {
        inUse = { en, es };
        const { container, unmount } = render(await ArticleListView({ params: { topic, page: 1 }, locale }));
        const href = container.querySelector('nav.language-switch a')!.getAttribute('href')!;
        unmount();
        const other: Locale = locale === 'en' ? 'es' : 'en';
        const switchedTopic = new URL(href, 'http://site').searchParams.get('topic');
        if (switchedTopic !== null) expect(inUse[other]).toContain(switchedTopic);
        expect(switchedTopic).toBe(topic !== null && inUse[other].includes(topic) ? topic : null);
      }),
      { numRuns: 40 },
    );
  });

  it('the example: Spanish offers no CRPS filter when CRPS has English articles only, and its CRPS list is noindex', async () => {
    inUse = { en: ['crps', 'depression'], es: ['depression'] };
    const { container, unmount } = render(await ArticleListView({ params: { topic: null, page: 1 }, locale: 'es' }));
    expect(container.querySelector('nav.topic-filter a[href*="topic=crps"]')).toBeNull();
    expect(container.querySelector('nav.topic-filter a[href*="topic=depression"]')).not.toBeNull();
    unmount();
    expect((await articleListMetadata({ topic: 'crps', page: 1 }, 'es')).robots).toEqual({ index: false });
    expect((await articleListMetadata({ topic: 'crps', page: 1 }, 'en')).robots).toBeUndefined();
  });
});
