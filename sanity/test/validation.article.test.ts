// An article cannot be published without medical review, alt text, valid citations and safe links.
import { describe, expect, it } from '@jest/globals';
import { LINK_MESSAGE, SLUG_MESSAGE } from '@clinic/content/rules';
import { todayIsoDate } from '../schemaTypes/shared/dates.ts';
import { byId, seed } from './support/fixtures.ts';
import { errorsAt, validate } from './support/studio.ts';

function tomorrow(): string {
  const date = new Date();
  date.setDate(date.getDate() + 1);
  return todayIsoDate(date);
}

describe('article validation', () => {
  const article = () => byId('article-ketamine-for-chronic-pain-what-the-evidence-says');

  it('cannot be published without a medical reviewer', async () => {
    const { medicalReviewer: _reviewer, ...withoutReviewer } = article();
    expect(errorsAt(await validate(withoutReviewer, seed), 'medicalReviewer')).toEqual([
      'Choose the medical reviewer; an article cannot be published without one',
    ]);
  });

  it('rejects a reviewer whose record has no credentials', async () => {
    const reviewer = { ...byId('person-sample-reviewer'), credentials: '' };
    const lake = seed.map((document) => (document._id === reviewer._id ? reviewer : document));
    expect(errorsAt(await validate(article(), lake), 'medicalReviewer')).toEqual([
      'This reviewer has no credentials on their record; add them (e.g. "MD") before publishing',
    ]);
  });

  it('rejects a last-reviewed date in the future', async () => {
    const future = { ...article(), lastReviewed: tomorrow() };
    expect(errorsAt(await validate(future, seed), 'lastReviewed')).toEqual([
      'The review date cannot be in the future; enter the date the medical reviewer signed off',
    ]);
  });

  it('requires a last-reviewed date', async () => {
    const { lastReviewed: _date, ...undated } = article();
    expect(errorsAt(await validate(undated, seed), 'lastReviewed')).toEqual([
      'Enter the date of the last medical review',
    ]);
  });

  it('requires alt text on the hero image', async () => {
    const document = article();
    const heroImage = { ...(document.heroImage as object), alt: '' };
    const markers = await validate({ ...document, heroImage }, seed);
    expect(
      markers.filter((marker) => marker.level === 'error').map((marker) => marker.path.join('.')),
    ).toEqual(['heroImage.alt']);
  });

  it('requires alt text on images inside the body', async () => {
    const document = article();
    const asset = (document.heroImage as { asset: unknown }).asset;
    const body = [...(document.body as object[]), { _type: 'image', _key: 'img1', asset }];
    const markers = await validate({ ...document, body }, seed);
    expect(markers.filter((marker) => marker.level === 'error').map((marker) => marker.message)).toEqual([
      expect.stringMatching(/^Body, image 1: describe the image for people who cannot see it/),
    ]);
  });

  it('keeps the excerpt between 50 and 200 characters', async () => {
    const short = { ...article(), excerpt: 'Too short.' };
    expect(errorsAt(await validate(short, seed), 'excerpt')).toEqual([
      'The excerpt is 10 characters; write at least 50',
    ]);
  });

  it('requires 3 to 5 key points, each short and with visible text', async () => {
    const points = article().keyPoints as string[];
    const { keyPoints: _points, ...without } = article();
    expect(errorsAt(await validate(without, seed), 'keyPoints')).toEqual(['Write 3 to 5 key points']);
    expect(
      errorsAt(await validate({ ...article(), keyPoints: points.slice(0, 2) }, seed), 'keyPoints'),
    ).toEqual(['Write 3 to 5 key points']);
    const six = [...points, ...points].slice(0, 6);
    expect(errorsAt(await validate({ ...article(), keyPoints: six }, seed), 'keyPoints')).toEqual([
      'Write 3 to 5 key points',
    ]);
    const blank = [points[0], '\u200b', ...points.slice(1)];
    expect(errorsAt(await validate({ ...article(), keyPoints: blank }, seed), 'keyPoints')).toEqual([
      'Key points, key point 2: write the key point on this line or delete the empty line',
    ]);
    const long = [points[0], 'x'.repeat(161), ...points.slice(2)];
    expect(errorsAt(await validate({ ...article(), keyPoints: long }, seed), 'keyPoints')).toEqual([
      `Key points, key point 2 ("${'x'.repeat(41)}…"): keep it to 160 characters or fewer`,
    ]);
  });

  it('limits the SEO title to 60 characters', async () => {
    const long = { ...article(), seo: { _type: 'seo', title: 'x'.repeat(61) } };
    expect(errorsAt(await validate(long, seed), 'seo')).toEqual([
      'Keep the search title to 60 characters or fewer',
    ]);
  });

  it('rejects a citation that points at a reference the article does not list', async () => {
    const document = article();
    const body = structuredClone(document.body) as {
      markDefs?: { _type: string; referenceKey?: string }[];
    }[];
    const citation = body.flatMap((block) => block.markDefs ?? []).find((mark) => mark._type === 'citation');
    citation!.referenceKey = 'not-in-the-list';
    const markers = await validate({ ...document, body }, seed);
    expect(errorsAt(markers, 'body')).toEqual([
      // The seed's second paragraph, and the words the citation is on.
      'Body, paragraph 2 ("In 2018, three US expert groups reviewed…"), citation on "moderate evidence for complex regional…": ' +
        "this citation points at a reference that is no longer in the article's References list; choose one from the list",
    ]);
  });

  it('requires the crisis notice on mental-health topics', async () => {
    const depression = { ...byId('article-ketamine-compared-with-ect'), showCrisisNotice: false };
    expect(errorsAt(await validate(depression, seed), 'showCrisisNotice')).toEqual([
      'Articles about depression, suicidal thoughts or anxiety must show the crisis notice (988 / 911)',
    ]);
  });

  it('rejects a slug another article already uses', async () => {
    const copy = { ...article(), _id: 'article-copy' };
    expect(errorsAt(await validate(copy, seed), 'slug')).toEqual(['Slug is already in use']);
  });

  it('reports a reference to a person that does not exist', async () => {
    const orphan = { ...article(), author: { _type: 'reference', _ref: 'person-missing' } };
    expect(errorsAt(await validate(orphan, seed), 'author')).toHaveLength(1);
  });
});

describe('links in the article body', () => {
  const withLink = (href: string) => {
    const document = byId('article-ketamine-for-chronic-pain-what-the-evidence-says');
    const text = (
      key: string,
      style: string,
      words: string,
      markDefs: object[] = [],
      marks: string[] = [],
    ) => ({
      _type: 'block',
      _key: key,
      style,
      markDefs,
      children: [{ _type: 'span', _key: `${key}-s`, text: words, marks }],
    });
    const body = [
      text('h', 'h2', 'Dosing'),
      text('p1', 'normal', 'Ketamine is given in a clinic.'),
      text('p2', 'normal', 'see this', [{ _type: 'link', _key: 'l1', href }], ['l1']),
    ];
    return { ...document, body };
  };
  const at = 'Body, paragraph 2 ("see this"), link "see this"';
  const bodyErrors = async (href: string) => errorsAt(await validate(withLink(href), seed), 'body');

  it('accepts https, site-relative, mailto and valid tel: links', async () => {
    for (const href of [
      'https://www.fda.gov/',
      '/articles/ketamine-for-crps-what-to-expect',
      'mailto:a@b.org',
      'tel:+19169159215',
    ]) {
      expect(await bodyErrors(href)).toEqual([]);
    }
  });

  it('asks for https instead of http', async () => {
    expect(await bodyErrors('http://www.fda.gov/')).toEqual([
      `${at}: use the secure https:// version of the link`,
    ]);
  });

  it('rejects a tel: link that is not in international format', async () => {
    expect(await bodyErrors('tel:916-915-9215')).toContain(
      `${at}: a tel: link needs the number in international format, e.g. tel:+19169159215`,
    );
  });

  it('rejects javascript: links', async () => {
    expect(await bodyErrors('javascript:alert(1)')).toEqual([
      `${at}: ${LINK_MESSAGE[0]!.toLowerCase()}${LINK_MESSAGE.slice(1)}`,
    ]);
  });
});

describe('the examples the site used to drop after the Studio accepted them', () => {
  const article = () => byId('article-ketamine-for-chronic-pain-what-the-evidence-says');

  it.each(['Ketamine-FAQ', 'ketamine faq'])('refuses the slug %j, saying how to fix it', async (slug) => {
    const document = { ...article(), slug: { _type: 'slug', current: slug } };
    expect(errorsAt(await validate(document, seed), 'slug')).toEqual([SLUG_MESSAGE]);
  });

  const withBlock = (block: Record<string, unknown>) => {
    const document = article();
    return {
      ...document,
      body: [...(document.body as object[]), { _type: 'block', _key: 'added', markDefs: [], ...block }],
    };
  };

  it('refuses an empty heading', async () => {
    const heading = withBlock({ style: 'h2', children: [{ _type: 'span', _key: 's', text: '', marks: [] }] });
    expect(errorsAt(await validate(heading, seed), 'body')).toEqual([
      'Body, heading 7: this heading has no text; write it or delete the empty heading, so screen readers do not announce a blank one',
    ]);
  });

  it('refuses a bullet whose only text is spaces and a zero-width space', async () => {
    const bullet = withBlock({
      style: 'normal',
      listItem: 'bullet',
      level: 1,
      children: [{ _type: 'span', _key: 's', text: ' \u200b ', marks: [] }],
    });
    expect(errorsAt(await validate(bullet, seed), 'body')).toEqual([
      'Body, list item 9: this list item has no text; write it or delete the empty bullet',
    ]);
  });
});

describe('slugs are unique per document type, not across types', () => {
  const taken = 'ketamine-for-crps-what-to-expect';

  it('lets a person have the slug of an article', async () => {
    const person = seed.find((document) => document._type === 'person') as { _id: string; _type: string };
    const document = { ...structuredClone(person), slug: { _type: 'slug', current: taken } };
    expect(errorsAt(await validate(document, seed), 'slug')).toEqual([]);
  });
});
