import { afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { captureDroppedContent, memoryFetcher } from '../testing/memory-fetcher.ts';
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
import { fetchArticleBySlug } from './fetch-article.ts';

let seed: SeedDocument[];
let capture: ReturnType<typeof captureDroppedContent>;
beforeAll(() => {
  seed = loadSeedDataset();
});
beforeEach(() => {
  capture = captureDroppedContent();
});
afterEach(() => capture.restore());

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
      lastReviewed: source.lastReviewed,
      showCrisisNotice: false,
      author: { _id: 'person-sample-author', isSamplePlaceholder: true },
      medicalReviewer: { _id: REVIEWER_ID, isSamplePlaceholder: true, credentials: expect.any(String) },
      clinic: {
        _id: CLINIC_ID,
        isPrimary: true,
        phone: { e164: '+19169159215', display: '(916) 915-9215', href: 'tel:+19169159215' },
      },
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
    const [guideline, review] = article?.references ?? [];
    expect(guideline).toMatchObject({ doi: '10.1097/AAP.0000000000000808', url: null, href: 'https://doi.org/10.1097/AAP.0000000000000808' });
    expect(review?.href).toBe(review?.url);
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

describe('a malformed article in the lake', () => {
  it('keeps the article when one citation is broken, and drops only that citation and its marks', async () => {
    const broken = seedDocument(seed, CRPS_ARTICLE_ID);
    const [first, second] = referencesOf(broken);
    if (!first || !second) throw new Error('the CRPS article should have two references');
    Object.assign(second, { url: 'javascript:alert(1)', doi: undefined });
    const article = await fetchCrps(withDocuments(seed, broken));

    expect(article?.title).toBe(broken.title);
    expect(article?.references.map((reference) => reference._key)).toEqual([first._key]);
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
    expect(capture.events).toMatchObject([{ path: 'references[0].url', message: 'must be an https URL' }]);
  });

  it('keeps the article and the clinic when the clinic phone is malformed; no tel: link is built from it', async () => {
    const clinic = { ...seedDocument(seed, CLINIC_ID), phone: '916-915-921' };
    const article = await fetchCrps(withDocuments(seed, clinic));
    expect(article?.clinic).toMatchObject({ _id: CLINIC_ID, name: 'Propel Therapeutics', phone: null });
    expect(JSON.stringify(article)).not.toContain('tel:');
    expect(capture.events).toEqual([expect.objectContaining({ type: 'article', id: CLINIC_ID, path: 'clinic.phone' })]);
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
    expect(capture.events).toMatchObject([{ id: REVIEWER_ID, path: 'medicalReviewer' }]);
  });

  it('is null, and reported, when a required field is missing', async () => {
    const broken = seedDocument(seed, CRPS_ARTICLE_ID);
    delete broken.lastReviewed;
    expect(await fetchCrps(withDocuments(seed, broken))).toBeNull();
    expect(capture.events).toEqual([
      expect.objectContaining({ type: 'article', id: CRPS_ARTICLE_ID, path: 'lastReviewed', dropped: 'document' }),
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
});
