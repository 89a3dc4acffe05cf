// Differential test of the lake's query endpoint against groq-js: generated datasets are loaded into a real lake
// process (the project's start helper, seed import), generated queries run through it over HTTP with
// @sanity/client and through groq-js directly over the same documents in the same perspective
// (reference-perspective.ts). Any difference fails the test with fast-check's shrunk counterexample. Every
// answer also carries a Content Source Map, and each mapping must lead from a result string to the same string
// in the stored document it names (read with @sanity/client's own path parser).
// LAKE_DIFFERENTIAL_QUERIES sets how many queries run in total (default 1,200); LAKE_DIFFERENTIAL_SEED the seed.
import { afterAll, describe, expect, it } from '@jest/globals';
import type { ContentSourceMap } from '@sanity/client';
import { parseJsonPath } from '@sanity/client/csm';
import fc from 'fast-check';
import { evaluate, parse } from 'groq-js';
import fs from 'node:fs';
import path from 'node:path';
import { lakeClient } from './helpers/clients.ts';
import { startLakeProcess, tempDataDir, type LakeProcess } from './helpers/lake-process.ts';
import { datasetArbitrary, type GeneratedDocument } from './differential/generated-dataset.ts';
import { queryArbitrary, type GeneratedQuery } from './differential/generated-query.ts';
import { documentsInPerspective } from './differential/reference-perspective.ts';

const TOTAL_QUERIES = Number(process.env.LAKE_DIFFERENTIAL_QUERIES ?? 1200);
const SEED = Number(process.env.LAKE_DIFFERENTIAL_SEED ?? 20260219);
const DATASETS = 4;
const perDataset = Math.ceil(TOTAL_QUERIES / DATASETS);

const lakes: LakeProcess[] = [];
let queriesRun = 0;

afterAll(async () => {
  await Promise.all(lakes.map((lake) => lake.stop()));
  process.stdout.write(
    `GROQ differential: ${queriesRun} generated queries compared over ${DATASETS} datasets (seed ${SEED})\n`,
  );
});

type Outcome = { result: unknown } | { error: string };

async function throughGroqJs(documents: GeneratedDocument[], generated: GeneratedQuery): Promise<Outcome> {
  try {
    const tree = parse(generated.query, { params: generated.params });
    const value = await evaluate(tree, {
      dataset: documentsInPerspective(documents, generated.perspective),
      params: generated.params,
    });
    return { result: (await value.get()) ?? null };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/**
 * Results are compared exactly, order included, also for queries without `order()`: groq-js then answers in
 * dataset order, and on a freshly imported dataset the lake's order is the import order, as is the reference's.
 * So a scan narrowing that drops, repeats or reorders documents shows. Errors compare by kind only.
 */
function comparable(outcome: Outcome): unknown {
  return 'error' in outcome ? { error: true } : outcome.result;
}

/** Follows a parsed Content Source Map path: strings and indexes as usual, `{_key}` selects an array item by key. */
function valueAt(root: unknown, path: ReturnType<typeof parseJsonPath>): unknown {
  let value = root;
  for (const segment of path) {
    if (typeof segment === 'object') {
      value = (value as Array<{ _key?: string }> | undefined)?.find((item) => item?._key === segment._key);
    } else value = (value as Record<string | number, unknown> | undefined)?.[segment];
  }
  return value;
}

/** Mappings whose result string is not the string at the source they name. */
function unsoundMappings(result: unknown, map: ContentSourceMap | undefined, stored: GeneratedDocument[]) {
  if (!map) return ['no resultSourceMap in the answer'];
  const problems: string[] = [];
  for (const [resultPath, mapping] of Object.entries(map.mappings)) {
    if (mapping.source.type !== 'documentValue') continue;
    const document = map.documents[mapping.source.document];
    const sourcePath = map.paths[mapping.source.path] as string;
    const expected = valueAt(result, parseJsonPath(resultPath));
    const found = valueAt(
      stored.find((doc) => doc._id === document?._id),
      parseJsonPath(sourcePath),
    );
    if (typeof expected !== 'string' || found !== expected) {
      problems.push(
        `${resultPath} = ${JSON.stringify(expected)} but ${document?._id} ${sourcePath} = ${JSON.stringify(found)}`,
      );
    }
  }
  return problems;
}

describe('GROQ through the lake equals groq-js', () => {
  const datasets = fc.sample(datasetArbitrary(), { seed: SEED, numRuns: DATASETS });

  datasets.forEach((generatedDocuments, index) => {
    const timeoutMs = 60_000 + perDataset * 200;
    it(
      `dataset ${index + 1} of ${DATASETS}: ${perDataset} generated queries`,
      async () => {
        const seedDir = tempDataDir();
        fs.writeFileSync(
          path.join(seedDir, 'production.ndjson'),
          generatedDocuments.map((doc) => JSON.stringify(doc)).join('\n') + '\n',
        );
        const lake = await startLakeProcess({ seedDir });
        lakes.push(lake);
        const client = lakeClient(lake.url, lake.token);

        // The lake stores the documents as given, adding only `_rev`, after the project's access group
        // (`_.groups.administrator`, written before the seed); the reference uses the same documents in that order.
        const stored = await client.fetch<GeneratedDocument[]>('*', {}, { perspective: 'raw' });
        const byId = new Map(stored.map((doc) => [doc._id, doc]));
        const system = stored.filter((doc) => doc._id.startsWith('_.'));
        expect(system.map((doc) => doc._id)).toEqual(['_.groups.administrator']);
        expect(stored.length).toBe(generatedDocuments.length + system.length);
        const documents = [
          ...system,
          ...generatedDocuments.map((doc) => {
            const { _rev, ...rest } = byId.get(doc._id) ?? ({} as GeneratedDocument);
            expect(rest).toEqual(doc);
            return { ...doc, _rev };
          }),
        ] as GeneratedDocument[];

        await fc.assert(
          fc.asyncProperty(queryArbitrary(), async (generated) => {
            queriesRun++;
            const expected = await throughGroqJs(documents, generated);
            let actual: Outcome;
            try {
              const response = await client.fetch(generated.query, generated.params, {
                filterResponse: false,
                resultSourceMap: 'withKeyArraySelector',
                // A release is asked for as a perspective stack, as the client's types want.
                perspective: ['published', 'drafts', 'raw'].includes(generated.perspective)
                  ? (generated.perspective as 'published' | 'drafts' | 'raw')
                  : [generated.perspective],
              });
              actual = { result: response.result };
              expect(unsoundMappings(response.result, response.resultSourceMap, documents)).toEqual([]);
            } catch (error) {
              const status = (error as { statusCode?: number }).statusCode;
              if (status !== 400) throw error; // only a query error may answer an error
              actual = { error: (error as Error).message };
            }
            expect(comparable(actual)).toEqual(comparable(expected));
          }),
          { seed: SEED + index, numRuns: perDataset },
        );
      },
      timeoutMs,
    );
  });
});
