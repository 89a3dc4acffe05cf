// Site search end to end: the real local lake with the sample dataset, read through @sanity/client by the same
// fetch function the site's search page calls, in English and over the sample's Spanish translations.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createClient, type SanityClient } from '@sanity/client';
import { startLake, type RunningLake } from '@clinic/local-lake';
import { lakeClientConfig } from '@clinic/local-lake/settings';
import fc from 'fast-check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clientFetcher, type ContentFetcher } from '../fetcher.ts';
import type { SiteLanguage } from '../language/language.ts';
import { fetchSearchResults, SEARCH_RESULT_LIMIT, type SearchAnswer } from './search.ts';
import { MAX_QUERY_LENGTH } from './terms.ts';

const ADDICTION = 'is-ketamine-addictive-dependence-and-bladder-health';
const CHRONIC_PAIN = 'ketamine-for-chronic-pain-what-the-evidence-says';
const SIDE_EFFECTS = 'ketamine-side-effects-risks-and-who-should-not-have-it';
const SUICIDAL_THOUGHTS = 'ketamine-and-suicidal-thoughts';

let lake: RunningLake;
let fetcher: ContentFetcher;
let dataDir: string;

const block = (key: string, text: string) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs: [],
  children: [{ _type: 'span', _key: `${key}s`, text, marks: [] }],
});

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-search-'));
  lake = await startLake({ port: 0, tlsPort: null, dataDir, log: () => {} });
  const base = { ...lakeClientConfig(lake.url), apiVersion: '2025-02-19' };
  const reader: SanityClient = createClient(base);
  const writer = createClient({ ...base, token: lake.token });
  fetcher = clientFetcher(reader);
  const english = (await reader.fetch<Record<string, unknown>>(
    '*[_type == "article" && slug.current == $slug][0]',
    {
      slug: ADDICTION,
    },
  ))!;
  const english2 = (id: string, slug: string, title: string, text: string) => ({
    ...english,
    _type: 'article',
    _id: id,
    slug: { _type: 'slug', current: slug },
    title,
    body: [block('b1', text)],
  });
  await writer
    .transaction()
    // Two English articles that hold a made-up word: one in its title, the other only in its body, many times.
    .createOrReplace(english2('article-rank-title', 'rank-title', 'Zoltrimab and ketamine', 'A short note.'))
    .createOrReplace(
      english2(
        'article-rank-body',
        'rank-body',
        'A note on another medicine',
        'Zoltrimab zoltrimab zoltrimab zoltrimab.',
      ),
    )
    .commit();
  await reader.fetch('count(*)');
}, 60_000);

afterAll(async () => {
  await lake?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const search = (query: string, language: SiteLanguage = 'en') =>
  fetchSearchResults(fetcher, { query, language });
const slugs = (answer: SearchAnswer) => answer.results.map((result) => result.article.slug);
const marked = (answer: SearchAnswer) =>
  answer.results.flatMap((result) =>
    [...result.title, ...result.excerpt, ...(result.passage ?? [])]
      .filter((s) => s.match)
      .map((s) => s.text.toLowerCase()),
  );

describe('search in English', () => {
  it('finds the bladder article first for "ketamine bladder", searching and marking the distinctive word', async () => {
    const answer = await search('ketamine bladder');
    expect(slugs(answer)[0]).toBe(ADDICTION);
    expect(slugs(answer)).toContain(SIDE_EFFECTS);
    expect(answer.correctedQuery).toBeNull();
    expect(answer.terms).toEqual(['bladder']);
    expect(new Set(marked(answer))).toEqual(new Set(['bladder']));
    expect(answer.results.every((result) => result.article.language === 'en')).toBe(true);
  });

  it('answers a question by its meaningful words: "is ketamine addictive?"', async () => {
    const answer = await search('is ketamine addictive?');
    expect(answer.terms).toEqual(['addictive']);
    expect(slugs(answer)[0]).toBe(ADDICTION);
  });

  it.each([
    ['ketamin', ADDICTION, 'ketamine'],
    ['ketamne bladder', ADDICTION, 'ketamine bladder'],
    ['ketamine addictve', ADDICTION, 'ketamine addictive'],
    ['adictiva', ADDICTION, 'addictive'],
    ['ketamina adictiva', ADDICTION, 'ketamine addictive'],
    ['siude effects', SIDE_EFFECTS, 'side effects'],
    ['chronic pian', CHRONIC_PAIN, 'chronic pain'],
    ['dolor cronico', CHRONIC_PAIN, null],
    ['sucidal thoughts', SUICIDAL_THOUGHTS, 'suicidal thoughts'],
  ])('corrects the typo in %j and finds %s', async (query, slug, correction) => {
    const answer = await search(query);
    expect(slugs(answer)).toContain(slug);
    if (correction !== null) expect(answer.correctedQuery).toBe(correction);
    if (query !== 'ketamin') expect(slugs(answer).slice(0, 3)).toContain(slug);
  });

  it('ranks a title match above a body-only match, however often the body repeats the word', async () => {
    expect(slugs(await search('zoltrimab'))).toEqual(['rank-title', 'rank-body']);
  });

  it('answers no results, without failing, for words the content does not hold', async () => {
    const answer = await search('xylophone quartet');
    expect(answer.results).toEqual([]);
    expect((await search('   ')).results).toEqual([]);
  });
});

describe('search in Spanish', () => {
  it('finds only Spanish articles, with accents and without them', async () => {
    for (const query of ['¿la ketamina es adictiva?', 'ketamina adictiva', 'ketamna adictva']) {
      const answer = await search(query, 'es');
      expect({ query, first: slugs(answer)[0] }).toEqual({
        query,
        first: 'ketamina-adiccion-dependencia-vejiga',
      });
      expect(answer.results.every((result) => result.article.language === 'es')).toBe(true);
    }
  });

  it('finds "dolor cronico" typed without its accent and shows the accented spelling', async () => {
    const answer = await search('dolor cronico', 'es');
    expect(slugs(answer)[0]).toBe('ketamina-dolor-cronico');
    expect(answer.correctedQuery).toBe('dolor crónico');
    // "dolor" is in most of the four Spanish articles, so it is not searched (nor marked): "crónico" decides.
    expect(marked(answer)).toEqual(expect.arrayContaining(['crónico']));
  });
});

describe('any search text', () => {
  it('never fails: GROQ and text::query syntax, control characters, very long text', async () => {
    const special = fc.constantFrom(
      '"',
      '*',
      '-',
      '\\',
      '$',
      '[',
      ']',
      '(',
      ')',
      '|',
      '&&',
      '||',
      '->',
      '//',
      '\u0000',
      '\n',
      'ñ',
      '🙂',
    );
    const text = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc
        .array(
          fc.oneof(special, fc.constantFrom('ketamine', 'bladder', 'dolor', 'match', 'score', 'text::query')),
          { maxLength: 20 },
        )
        .map((parts) => parts.join(' ')),
      fc.string({ minLength: MAX_QUERY_LENGTH, maxLength: 5000 }),
    );
    await fc.assert(
      fc.asyncProperty(text, fc.constantFrom<SiteLanguage>('en', 'es'), async (query, language) => {
        const answer = await search(query, language);
        expect(answer.results.length).toBeLessThanOrEqual(SEARCH_RESULT_LIMIT);
        expect(answer.query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        for (const result of answer.results)
          expect(result.title.map((s) => s.text).join('')).toBe(result.article.title);
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
