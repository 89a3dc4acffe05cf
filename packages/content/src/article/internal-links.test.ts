// Internal links pick an article by reference; the site renders them at that article's current address, in its
// language. A link whose article cannot be shown keeps its words and loses the link, as a bad address does.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { articlePath } from '../language/routes.ts';
import { captureDroppedContentInEachTest, memoryFetcher } from '../testing/memory-fetcher.ts';
import { loadSeedDataset, seedDocument, withDocuments, type SeedDocument } from '../testing/seed-dataset.ts';
import { fetchArticleBySlug } from './article.ts';

const seed = await loadSeedDataset();
const capture = captureDroppedContentInEachTest();

const SOURCE_ID = 'article-ketamine-for-crps-what-to-expect';
const TARGET_ID = 'article-ketamine-for-chronic-pain-what-the-evidence-says';
const SPANISH_TARGET_ID = 'article-es-ketamina-dolor-cronico';

type Block = {
  _type: string;
  _key: string;
  markDefs?: unknown[];
  children?: { _type: string; _key: string; text: string; marks: string[] }[];
};

/** The source article with one more paragraph whose words link to `targetId`. */
function linkingArticle(targetId: string, path?: string): SeedDocument {
  const source = structuredClone(seedDocument(seed, SOURCE_ID));
  const markDefs: unknown[] = [
    { _key: 'to-article', _type: 'internalLink', reference: { _type: 'reference', _ref: targetId } },
  ];
  if (path) markDefs.push({ _key: 'to-path', _type: 'link', href: path });
  (source.body as Block[]).push({
    _type: 'block',
    _key: 'internal-link-paragraph',
    style: 'normal',
    markDefs,
    children: [
      { _type: 'span', _key: 's1', text: 'Read about chronic pain', marks: ['to-article'] },
      { _type: 'span', _key: 's2', text: ' and the contact page.', marks: path ? ['to-path'] : [] },
    ],
  } as Block);
  return source;
}

async function linkParagraph(documents: SeedDocument[]) {
  const article = await fetchArticleBySlug(
    memoryFetcher(documents),
    String((seedDocument(seed, SOURCE_ID).slug as { current: string }).current),
  );
  const paragraph = article?.body.find((block) => block._key === 'internal-link-paragraph');
  if (paragraph?._type !== 'block') throw new Error('the paragraph is missing');
  return paragraph;
}

describe('an internal link to an article', () => {
  it("is rendered at the article's current address, and a path link next to it still works", async () => {
    const target = seedDocument(seed, TARGET_ID);
    const paragraph = await linkParagraph(withDocuments(seed, linkingArticle(TARGET_ID, '/contact')));
    expect(paragraph.markDefs).toEqual([
      {
        _type: 'internalLink',
        _key: 'to-article',
        href: articlePath('en', (target.slug as { current: string }).current),
      },
      { _type: 'link', _key: 'to-path', href: '/contact' },
    ]);
    expect(capture.events).toEqual([]);
  });

  it('follows a slug change at once, in the language of the article it picks (generated)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+){0,3}$/),
        fc.constantFrom(TARGET_ID, SPANISH_TARGET_ID),
        async (slug, targetId) => {
          const target = {
            ...structuredClone(seedDocument(seed, targetId)),
            slug: { _type: 'slug', current: slug },
          };
          const language = targetId === SPANISH_TARGET_ID ? 'es' : 'en';
          const paragraph = await linkParagraph(withDocuments(seed, linkingArticle(targetId), target));
          expect(paragraph.markDefs).toEqual([
            { _type: 'internalLink', _key: 'to-article', href: articlePath(language, slug) },
          ]);
          expect(paragraph.children[0]?.marks).toEqual(['to-article']);
        },
      ),
      { numRuns: 10 },
    );
  });

  it('keeps its words without a link when the article is not published', async () => {
    const documents = withDocuments(seed, linkingArticle('article-that-was-never-published'));
    const paragraph = await linkParagraph(documents);
    expect(paragraph.markDefs).toEqual([]);
    expect(paragraph.children.map((span) => [span.text, span.marks])).toEqual([
      ['Read about chronic pain', []],
      [' and the contact page.', []],
    ]);
  });
});
