// The Studio's search box, as `sanity@6` sends it (the `groq2024` strategy: `score(boost(_type in [...] && <path>
// match text::query($__query), <weight>), ..., ([@, _id] match text::query($__query) || references($__rawQuery)))
// [_score > 0]`, with `$__query` the typed text and a `*` after its last word, so a partial word finds whole
// ones), and the older `weighted` strategy (`*[_type in $__types && (<path> match $t0 || ...)]` with `$t0` the
// typed word and a `*`, scored by the Studio itself). `text::query` is documented at https://www.sanity.io/docs/content-lake/search-content-with-groq; through
// @sanity/client against a real lake.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SanityClient } from '@sanity/client';
import { lakeClient } from './helpers/clients.ts';
import { startLakeWithClient, type LakeProcess } from './helpers/lake-process.ts';

let lake: LakeProcess;
let client: SanityClient;

beforeAll(async () => {
  ({ lake, client } = await startLakeWithClient());
  await client
    .transaction()
    .createOrReplace({
      _id: 'search-es',
      _type: 'searchNote',
      title: 'La ketamína en la clínica',
      body: 'Sesiones',
    })
    .createOrReplace({
      _id: 'search-en',
      _type: 'searchNote',
      title: 'Ketamine sessions',
      body: 'What to expect',
    })
    .createOrReplace({
      _id: 'search-other',
      _type: 'searchNote',
      title: 'Opening hours',
      body: 'Nine to five',
    })
    .commit();
});

afterAll(async () => {
  await lake?.stop();
});

/** The query the Studio's groq2024 search builds for articles searched by title (weight 10) and body (weight 1). */
const STUDIO_SEARCH = [
  '*[_type in $__types]',
  '| score(boost(_type in ["searchNote"] && title match text::query($__query), 10),',
  'boost(_type in ["searchNote"] && body match text::query($__query), 1),',
  '([@, _id] match text::query($__query) || references($__rawQuery)))',
  '[_score > 0] {_type, _id, _originalId, "orderings": [_score]} | order(orderings[0] desc) [0...$__limit]',
].join(' ');

const search = (typed: string) =>
  client.fetch<Array<{ _id: string }>>(STUDIO_SEARCH, {
    __types: ['searchNote'],
    __limit: 51,
    __query: typed.trim() === '' ? '*' : `${typed}*`,
    __rawQuery: typed,
  });

const ids = (rows: Array<{ _id: string }>) => rows.map((row) => row._id).sort();

describe("the Studio's search box", () => {
  it('answers `title match text::query("ketamina")` instead of a 400', async () => {
    const field = (word: string) =>
      client.fetch<Array<{ _id: string }>>(
        '*[_type == "searchNote" && title match text::query($word)]{_id}',
        { word },
      );
    // A field's text is searched as a whole document's is: accents and case do not matter, both ways.
    expect(ids(await field('ketamine'))).toEqual(['search-en']);
    expect(ids(await field('ketamina'))).toEqual(ids(await field('ketamína')));
    expect(ids(await field('ketamina')).length).toBeGreaterThan(0);
  });

  it('finds a whole word from a partial one', async () => {
    expect(ids(await search('sessi'))).toEqual(['search-en']);
  });

  it('ignores accents in either direction', async () => {
    expect(ids(await search('ketamina'))).toEqual(['search-es']);
    expect(ids(await search('clinica'))).toEqual(['search-es']);
    expect(ids(await search('kétamine'))).toEqual(['search-en']);
  });

  it('ranks a title hit above a body-only hit and leaves out what does not match', async () => {
    const rows = await search('sesiones');
    expect(rows.map((row) => row._id)).toEqual(['search-es']);
    await client.createOrReplace({
      _id: 'search-body',
      _type: 'searchNote',
      title: 'Aftercare',
      body: 'Ketamine',
    });
    expect((await search('ketamine')).map((row) => row._id).slice(0, 2)).toEqual([
      'search-en',
      'search-body',
    ]);
  });

  it('answers an empty search box with every document of the types', async () => {
    const rows = await lakeClient(lake.url, lake.token).fetch<Array<{ _id: string }>>(
      '*[_type in $__types && [@, _id] match text::query($__query)]{_id}',
      { __types: ['searchNote'], __query: '*' },
    );
    expect(ids(rows)).toEqual(expect.arrayContaining(['search-en', 'search-es', 'search-other']));
  });

  it('answers the weighted strategy query: every term a prefix, matched on each searchable path', async () => {
    const weighted = [
      '*[_type in $__types && (title match $t0 || body match $t0) && (title match $t1 || body match $t1)]',
      '{_type, _id, _originalId, "orderings": [_id], ...select(_type == "searchNote" => { "w0": title, "w1": body })}',
      '| order(_id asc) [0...$__limit]',
    ].join(' ');
    const rows = await client.fetch<Array<{ _id: string; w0: string }>>(weighted, {
      __types: ['searchNote'],
      __limit: 1000,
      t0: 'ketam*',
      t1: 'sessi*',
    });
    expect(rows.map((row) => [row._id, row.w0])).toEqual([['search-en', 'Ketamine sessions']]);
  });
});
