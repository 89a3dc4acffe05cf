// What a visitor still gets when the article, or a document it pulls in, is malformed in the lake.
import { describe, expect, it } from '@jest/globals';
import { captureDroppedContentInEachTest, memoryFetcher } from '../testing/memory-fetcher.ts';
import { loadSeedDataset, seedDocument, withDocuments, type SeedDocument } from '../testing/seed-dataset.ts';
import { bodyOf, CRPS_ARTICLE_ID, CRPS_SLUG, referencesOf, REVIEWER_ID } from '../testing/fixtures.ts';
import { fetchArticleBySlug } from './article.ts';
import { HTTPS_MESSAGE } from '../rules/contact.ts';

const seed = await loadSeedDataset();
const capture = captureDroppedContentInEachTest();

const fetchCrps = (documents: SeedDocument[]) => fetchArticleBySlug(memoryFetcher(documents), CRPS_SLUG);

describe('a malformed article in the lake', () => {
  it('keeps the article when one citation is broken, and drops only that citation and its marks', async () => {
    const broken = seedDocument(seed, CRPS_ARTICLE_ID);
    const [first, second, ...others] = referencesOf(broken);
    if (!first || !second) throw new Error('the CRPS article should have two references');
    Object.assign(second, { url: 'javascript:alert(1)', doi: undefined });
    const article = await fetchCrps(withDocuments(seed, broken));

    expect(article?.title).toBe(broken.title);
    expect(article?.references.map((reference) => reference._key)).toEqual([first._key, ...others.map((other) => other._key)]);
    expect(JSON.stringify(article)).not.toContain('javascript:');
    const marks = article?.body.flatMap((block) => (block._type === 'block' ? block.markDefs : [])) ?? [];
    expect(marks.some((mark) => mark._type === 'citation' && mark.referenceKey === second._key)).toBe(false);
    // The cited sentence is still there, only without its superscript.
    const text = (article?.body ?? []).flatMap((block) => (block._type === 'block' ? block.children : [])).map((span) => span.text).join('');
    const sourceText = bodyOf(broken).flatMap((block) => block.children ?? []).map((span) => span.text).join('');
    expect(text).toBe(sourceText);
    expect(capture.events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: CRPS_ARTICLE_ID, path: 'references[1].url', dropped: 'part' }),
        expect.objectContaining({ id: CRPS_ARTICLE_ID, path: 'references[1]', dropped: 'part' }),
        expect.objectContaining({ id: CRPS_ARTICLE_ID, path: expect.stringMatching(/^body\[\d+\]\.markDefs\[\d+\]$/) }),
      ]),
    );
  });

  it('keeps a citation whose URL is bad but whose DOI still leads somewhere', async () => {
    const broken = seedDocument(seed, CRPS_ARTICLE_ID);
    Object.assign(referencesOf(broken)[0] ?? {}, { url: 'http://insecure.example/paper' });
    const article = await fetchCrps(withDocuments(seed, broken));
    expect(article?.references[0]).toMatchObject({ url: null, href: 'https://doi.org/10.1097/AAP.0000000000000808' });
    expect(capture.events).toMatchObject([{ path: 'references[0].url', message: HTTPS_MESSAGE }]);
  });

  it('drops a body link with a javascript: target but keeps its text', async () => {
    const broken = seedDocument(seed, CRPS_ARTICLE_ID);
    const block = bodyOf(broken).find((candidate) => candidate._type === 'block' && candidate.children?.length);
    if (!block?.children?.[0]) throw new Error('expected a text block');
    block.markDefs = [...(block.markDefs ?? []), { _type: 'link', _key: 'evil', href: ' JAVASCRIPT:alert(1)' } as never];
    block.children[0].marks = [...(block.children[0].marks ?? []), 'evil'];
    const article = await fetchCrps(withDocuments(seed, broken));
    const rendered = article?.body.find((candidate) => candidate._key === block._key);
    expect(rendered?._type === 'block' && rendered.markDefs.some((mark) => mark._key === 'evil')).toBe(false);
    expect(rendered?._type === 'block' && rendered.children[0]?.marks.includes('evil')).toBe(false);
    expect(rendered?._type === 'block' && rendered.children[0]?.text).toBe(block.children[0].text);
  });

  it('leaves out a body block of an unknown type', async () => {
    const broken = seedDocument(seed, CRPS_ARTICLE_ID);
    broken.body = [...bodyOf(broken), { _type: 'youtubeEmbed', _key: 'yt', url: 'https://example.org' }];
    const article = await fetchCrps(withDocuments(seed, broken));
    expect(article?.body).toHaveLength(bodyOf(broken).length - 1);
    expect(capture.events).toMatchObject([{ path: `body[${bodyOf(broken).length - 1}]`, dropped: 'part' }]);
  });

  it('shows no reviewer rather than a broken one', async () => {
    const reviewer = { ...seedDocument(seed, REVIEWER_ID), name: '   ' };
    const article = await fetchCrps(withDocuments(seed, reviewer));
    expect(article?.medicalReviewer).toBeNull();
    expect(article?.author?.name).toBeTruthy();
    // The same broken person is dropped from the article's approval record too, which then counts for no one.
    expect(capture.events).toHaveLength(2);
    expect(capture.events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: REVIEWER_ID, path: 'medicalReviewer' }),
        expect.objectContaining({ id: REVIEWER_ID, path: 'approvals[0].person' }),
      ]),
    );
    expect(article?.review).toEqual({ state: 'notReviewed' });
  });

  it('is null, and reported, when a required field is missing', async () => {
    const broken = seedDocument(seed, CRPS_ARTICLE_ID);
    delete broken.publishedAt;
    expect(await fetchCrps(withDocuments(seed, broken))).toBeNull();
    expect(capture.events).toEqual([
      expect.objectContaining({ type: 'article', id: CRPS_ARTICLE_ID, path: 'publishedAt', dropped: 'document' }),
    ]);
  });

  it('is null when the topic is not one the site knows', async () => {
    const broken = { ...seedDocument(seed, CRPS_ARTICLE_ID), topic: 'miracle-cures' };
    expect(await fetchCrps(withDocuments(seed, broken))).toBeNull();
    expect(capture.events).toMatchObject([{ path: 'topic', dropped: 'document' }]);
  });

  it('shows the article without a hero image when the image has no alt text', async () => {
    const broken = seedDocument(seed, CRPS_ARTICLE_ID);
    broken.heroImage = { ...(broken.heroImage as object), alt: '' };
    const article = await fetchCrps(withDocuments(seed, broken));
    expect(article?.heroImage).toBeNull();
    expect(capture.events).toMatchObject([{ path: 'heroImage', message: expect.stringContaining('alt') }]);
  });

  it('treats a reviewer reference that does not resolve exactly like no reviewer', async () => {
    const dangling = { ...seedDocument(seed, CRPS_ARTICLE_ID), medicalReviewer: { _type: 'reference', _ref: 'person-deleted' } };
    const { medicalReviewer: _removed, ...without } = seedDocument(seed, CRPS_ARTICLE_ID);
    const withDangling = await fetchCrps(withDocuments(seed, dangling));
    const eventsWithDangling = [...capture.events];
    const withoutReviewer = await fetchCrps(withDocuments(seed, without as SeedDocument));
    expect(withDangling?.medicalReviewer).toBeNull();
    expect(withDangling).toEqual(withoutReviewer);
    expect(eventsWithDangling).toEqual([]);
    expect(capture.events).toEqual([]);
  });
});
