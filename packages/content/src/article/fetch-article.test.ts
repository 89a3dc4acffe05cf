import { describe, expect, it } from '@jest/globals';
import { captureDroppedContentInEachTest, memoryFetcher } from '../testing/memory-fetcher.ts';
import { loadSeedDataset, seedDocument, withDocuments, type SeedDocument } from '../testing/seed-dataset.ts';
import {
  bodyOf,
  CLINIC_ID,
  CRPS_ARTICLE_ID,
  CRPS_SLUG,
  DEPRESSION_ARTICLE_ID,
  DEPRESSION_SLUG,
  referencesOf,
  REVIEWER_ID,
} from '../testing/fixtures.ts';
import { fetchArticleBySlug } from './article.ts';

const seed = await loadSeedDataset();
const capture = captureDroppedContentInEachTest();

const fetchCrps = (documents: SeedDocument[]) => fetchArticleBySlug(memoryFetcher(documents), CRPS_SLUG);

describe('fetchArticleBySlug on the sample dataset', () => {
  it('returns the article with everything its page shows, and reports nothing', async () => {
    const source = seedDocument(seed, CRPS_ARTICLE_ID);
    const article = await fetchCrps(seed);

    expect(article).not.toBeNull();
    expect(article).toMatchObject({
      _id: CRPS_ARTICLE_ID,
      title: source.title,
      slug: CRPS_SLUG,
      topic: 'crps',
      topicLabel: 'CRPS',
      // The sample reviewer is a placeholder: whatever its approval says, no clinician has reviewed the article.
      review: { state: 'notReviewed' },
      showCrisisNotice: false,
      author: { _id: 'person-sample-author', isSamplePlaceholder: true },
      medicalReviewer: { _id: REVIEWER_ID, isSamplePlaceholder: true, credentials: expect.any(String) },
      settings: { primaryClinicId: CLINIC_ID, crisisNotice: expect.stringContaining('988') },
    });
    expect(article?.references.map((reference) => reference._key)).toEqual(referencesOf(source).map((r) => r._key));
    expect(article?.risks).toEqual(source.risks);
    expect(article?.body).toHaveLength(bodyOf(source).length);
    expect(article?.heroImage).toMatchObject({ alt: expect.any(String), width: expect.any(Number), height: expect.any(Number) });
    expect(article?.heroImage?.asset._ref).toMatch(/^image-[0-9a-f]{40}-\d+x\d+-png$/);
    expect(capture.events).toEqual([]);
  });

  it('gives every reference a link a reader can follow: its URL, or its DOI', async () => {
    const article = await fetchCrps(seed);
    const references = article?.references ?? [];
    const [guideline] = references;
    expect(guideline).toMatchObject({ doi: '10.1097/AAP.0000000000000808', url: null, href: 'https://doi.org/10.1097/AAP.0000000000000808' });
    const withoutDoi = references.filter((reference) => !reference.doi);
    expect(withoutDoi.length).toBeGreaterThan(0);
    for (const reference of withoutDoi) expect(reference.href).toBe(reference.url);
    for (const reference of references.filter((candidate) => candidate.doi)) {
      expect(reference.href).toBe(`https://doi.org/${reference.doi}`);
    }
  });

  it('numbers citation marks by their reference', async () => {
    const article = await fetchCrps(seed);
    const marks = article?.body.flatMap((block) => (block._type === 'block' ? block.markDefs : [])) ?? [];
    const citations = marks.filter((mark) => mark._type === 'citation');
    expect(citations.length).toBeGreaterThan(0);
    for (const mark of citations) {
      expect(article?.references[mark.referenceNumber - 1]?._key).toBe(mark.referenceKey);
    }
  });

  it('asks for tags that let the site revalidate this article', async () => {
    const fetcher = memoryFetcher(seed);
    await fetchArticleBySlug(fetcher, CRPS_SLUG);
    expect(fetcher.requests[0]?.tags).toEqual(expect.arrayContaining(['article', `article:${CRPS_SLUG}`, 'clinic', 'person', 'siteSettings']));
  });

  it('is null for a slug nobody published, without a report', async () => {
    expect(await fetchArticleBySlug(memoryFetcher(seed), 'no-such-article')).toBeNull();
    expect(capture.events).toEqual([]);
  });

  it('does not even ask for a slug that cannot exist', async () => {
    const fetcher = memoryFetcher(seed);
    expect(await fetchArticleBySlug(fetcher, '../etc/passwd')).toBeNull();
    expect(await fetchArticleBySlug(fetcher, '')).toBeNull();
    expect(fetcher.requests).toHaveLength(0);
  });

  it('does not show drafts', async () => {
    const draft = { ...seedDocument(seed, CRPS_ARTICLE_ID), _id: 'drafts.article-unpublished', slug: { _type: 'slug', current: 'unpublished' } };
    expect(await fetchArticleBySlug(memoryFetcher(withDocuments(seed, draft)), 'unpublished')).toBeNull();
  });
});

describe('related articles', () => {
  it('are on the same topic and never the article itself', async () => {
    const article = await fetchArticleBySlug(memoryFetcher(seed), DEPRESSION_SLUG);
    expect(article?.related.length).toBeGreaterThan(0);
    for (const related of article?.related ?? []) {
      expect(related.topic).toBe('depression');
      expect(related._id).not.toBe(DEPRESSION_ARTICLE_ID);
    }
  });

  it('are at most three, newest first', async () => {
    const source = seedDocument(seed, DEPRESSION_ARTICLE_ID);
    const extra = [1, 2, 3, 4].map((n) => ({
      ...source,
      _id: `article-extra-${n}`,
      slug: { _type: 'slug', current: `extra-${n}` },
      publishedAt: `2030-0${n}-01T09:00:00Z`,
    }));
    const article = await fetchArticleBySlug(memoryFetcher(withDocuments(seed, ...extra)), DEPRESSION_SLUG);
    expect(article?.related.map((related) => related.slug)).toEqual(['extra-4', 'extra-3', 'extra-2']);
  });
});
