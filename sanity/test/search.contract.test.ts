// What the Studio's search box asks the lake, made by Sanity's own search code (`createSearch` with the
// workspace's schema and search strategy, as the Studio's search does) and answered by the real local lake on the
// sample dataset through @sanity/client: every query is answered (no 400), accents do not matter, and a partial
// word finds whole ones. The lake's side is documented at
// https://www.sanity.io/docs/content-lake/search-content-with-groq (text::query) and
// https://www.sanity.io/docs/content-lake/query-cheat-sheet (match).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startLake, type RunningLake } from '@clinic/local-lake';
import { createClient, type SanityClient } from '@sanity/client';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { firstValueFrom } from 'rxjs';
import { createSearch, getSearchableTypes, type Source } from 'sanity';
import { studioSource } from './support/source.ts';

let lake: RunningLake;
let dataDir: string;
let client: SanityClient;
let source: Source;
const sent: { query: string; params: Record<string, unknown> }[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'studio-search-'));
  lake = await startLake({ port: 0, tlsPort: null, dataDir, seedDir: path.resolve('seed'), log: () => {} });
  const lakeClient = createClient({
    projectId: 'local',
    dataset: 'production',
    apiHost: lake.url,
    useProjectHostname: false,
    apiVersion: '2025-02-19',
    token: lake.token,
    useCdn: false,
  });
  // The same client, recording each query the search sends before it goes to the lake (methods are replaced on
  // the instances: the client keeps private fields, which a Proxy would hide).
  const record = (target: SanityClient): SanityClient => {
    const withConfig = target.withConfig.bind(target);
    target.withConfig = ((config: Parameters<SanityClient['withConfig']>[0]) =>
      record(withConfig(config))) as SanityClient['withConfig'];
    const fetch = target.observable.fetch.bind(target.observable) as (...args: unknown[]) => unknown;
    target.observable.fetch = ((query: string, params: Record<string, unknown>, options: unknown) => {
      sent.push({ query, params });
      return fetch(query, params, options);
    }) as never;
    return target;
  };
  client = record(lakeClient);
  source = await studioSource();
}, 60_000);

afterAll(async () => {
  await lake?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Titles of what the Studio's search box lists for `text`, searched as the Studio searches. */
async function searchTitles(text: string): Promise<string[]> {
  const search = createSearch(getSearchableTypes(source.schema), client, {
    strategy: source.search.strategy,
    perspective: 'drafts',
    unique: true,
  });
  const results = await firstValueFrom(search({ query: text, types: [] }, { limit: 1000 }));
  const hits = results.hits as { hit: Record<string, unknown> }[];
  const ids = hits.map(({ hit }) => String(hit._id).replace(/^drafts\./, ''));
  const titles = await client.fetch<{ _id: string; label: string }[]>(
    '*[_id in $ids]{_id, "label": coalesce(title, name, statement, siteName)}',
    { ids },
  );
  return ids.map((id) => titles.find((document) => document._id === id)?.label ?? id);
}

describe("the Studio's search on the local lake", () => {
  it('is answered for every kind of text typed, and the queries are what Sanity sends', async () => {
    for (const text of [
      'ketamine',
      'Ketam',
      'clínica',
      'dolor crónico',
      '"chronic pain"',
      '-pain ketamine',
      '',
      '*',
      '   ',
      'a',
    ]) {
      await expect(searchTitles(text)).resolves.toEqual(expect.any(Array));
    }
    expect(sent.length).toBeGreaterThan(0);
    // Sanity's search strategy writes the queries; this test only records them.
    console.log(
      `Studio search (${source.search.strategy ?? 'default'} strategy), first query:\n${sent[0]!.query}`,
    );
  });

  it('finds whole words from a partial one', async () => {
    const whole = await searchTitles('ketamine');
    const partial = await searchTitles('ketam');
    expect(whole.length).toBeGreaterThan(0);
    expect(partial).toEqual(expect.arrayContaining(whole));
  });

  it('ignores accents both ways, in every type of document and every field it searches', async () => {
    // Whole-document matches and field matches (`statement match text::query(...)`, what the search sends for a
    // benefit's statement) both fold accents in the lake, so a benefit, a clinic or an article that says
    // "clínica" is found by "clinica" too.
    for (const [plain, accented] of [
      ['clinica', 'clínica'],
      ['cronico', 'crónico'],
      ['sesion', 'sesión'],
    ] as const) {
      const withAccent = await searchTitles(accented);
      expect(withAccent.length).toBeGreaterThan(0);
      expect(new Set(await searchTitles(plain))).toEqual(new Set(withAccent));
    }
  });
});
