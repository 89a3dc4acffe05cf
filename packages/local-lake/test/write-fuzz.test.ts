// Bad input never makes the write side answer 500: generated requests to mutate, actions, asset uploads and the
// listener (broken JSON, wrong shapes, hostile ids, odd query parameters, garbage files, deep nesting) get a 2xx or a
// 4xx JSON error, and afterwards the lake still answers reads and writes.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { startLakeProcess, type LakeProcess } from './helpers/lake-process.ts';

const RUNS = Number(process.env.LAKE_FUZZ_RUNS ?? 300);

let lake: LakeProcess;

beforeAll(async () => {
  lake = await startLakeProcess();
});

afterAll(async () => {
  await lake?.stop();
});

interface FuzzRequest {
  method: 'GET' | 'POST';
  path: string;
  query: Array<[string, string]>;
  body?: string | Uint8Array;
  contentType?: string;
  token: boolean;
}

const word = fc.constantFrom(
  'a',
  'drafts.a',
  'versions.r.a',
  '-x',
  'a..b',
  ' ',
  'é',
  '',
  'null',
  'true',
  '{',
  '[]',
  '*',
  '"',
  '%E0%A4%A',
  'x'.repeat(200),
  '__proto__',
  'constructor',
  '$id',
  'items[_key=="k"]',
  'items[-1]',
  '..',
  'sanity.imageAsset',
);
const scalar = fc.oneof(
  word,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 8 }),
);
const loose: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(
      fc.oneof(word, fc.constantFrom('_id', '_type', '_ref', '_weak', '_key', 'id', 'query', 'params')),
      tie('value'),
      { maxKeys: 4 },
    ),
  ),
})).value;

const operation = fc.oneof(
  fc.dictionary(
    fc.constantFrom(
      'set',
      'setIfMissing',
      'unset',
      'inc',
      'dec',
      'insert',
      'diffMatchPatch',
      'ifRevisionID',
      'id',
      'query',
      'params',
      'bogus',
    ),
    loose,
    { minKeys: 1, maxKeys: 4 },
  ),
);
const mutation = fc.oneof(
  fc.record({ create: loose }),
  fc.record({ createOrReplace: fc.record({ _id: word, _type: fc.oneof(word, scalar) }) }),
  fc.record({ createIfNotExists: loose }),
  fc.record({ delete: fc.oneof(fc.record({ id: word }), fc.record({ query: word, params: loose })) }),
  fc.record({ patch: operation }),
  fc.dictionary(word, loose, { maxKeys: 2 }),
);
const ACTION_TYPES = [
  'create',
  'replaceDraft',
  'edit',
  'publish',
  'unpublish',
  'discard',
  'delete',
  'version.create',
  'version.replace',
  'version.discard',
  'nonsense',
].map((name) => `sanity.action.document.${name}`);
const action = fc.record(
  {
    actionType: fc.oneof(fc.constantFrom(...ACTION_TYPES), scalar),
    publishedId: word,
    draftId: word,
    versionId: word,
    baseId: word,
    attributes: loose,
    document: loose,
    patch: operation,
    includeDrafts: fc.oneof(fc.array(word), scalar),
    ifDraftRevisionId: scalar,
  },
  { requiredKeys: ['actionType'] },
);

const queryPairs = fc.array(
  fc.tuple(
    fc.constantFrom(
      'returnIds',
      'returnDocuments',
      'autoGenerateArrayKeys',
      'dryRun',
      'visibility',
      'transactionId',
      'tag',
      'query',
      '$id',
      '$x',
      'includeResult',
      'effectFormat',
      'filename',
      'label',
      'sourceName',
      'bogus',
    ),
    fc.oneof(word, fc.constantFrom('true', 'false', 'sync', 'async', '*[_type=="x"]', '*[', '"a"', '{"a":')),
  ),
  { maxLength: 4 },
);

const jsonBody = (value: fc.Arbitrary<unknown>) => value.map((body) => JSON.stringify(body));
const brokenJson = fc.oneof(
  fc.constantFrom('{', '{"mutations":', 'null', '[]', '"x"', '\u0000', '{"mutations": [1,]}'),
  fc.string({ maxLength: 20 }),
);

const request: fc.Arbitrary<FuzzRequest> = fc.oneof(
  fc.record({
    method: fc.constant('POST' as const),
    path: fc.constantFrom(
      '/v2025-02-19/data/mutate/production',
      '/v2021-06-07/data/mutate/production',
      '/v2025-02-19/data/mutate/nope',
    ),
    query: queryPairs,
    body: fc.oneof(
      jsonBody(
        fc.record(
          {
            mutations: fc.oneof(fc.array(mutation, { maxLength: 4 }), loose),
            transactionId: fc.oneof(word, scalar),
          },
          { requiredKeys: ['mutations'] },
        ),
      ),
      jsonBody(loose),
      brokenJson,
    ),
    token: fc.boolean(),
  }),
  fc.record({
    method: fc.constant('POST' as const),
    path: fc.constant('/v2025-02-19/data/actions/production'),
    query: queryPairs,
    body: fc.oneof(
      jsonBody(
        fc.record(
          {
            actions: fc.oneof(fc.array(action, { maxLength: 3 }), loose),
            dryRun: scalar,
            transactionId: fc.oneof(word, scalar),
          },
          { requiredKeys: ['actions'] },
        ),
      ),
      brokenJson,
    ),
    token: fc.boolean(),
  }),
  fc.record({
    method: fc.constant('POST' as const),
    path: fc.constantFrom(
      '/v2025-02-19/assets/images/production',
      '/v2025-02-19/assets/files/production',
      '/v2025-02-19/assets/images/nope',
    ),
    query: queryPairs,
    body: fc.oneof(
      fc.uint8Array({ maxLength: 64 }),
      fc.constant(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
    ),
    contentType: fc.constantFrom('image/png', 'application/octet-stream', 'text/plain; charset=bogus', ''),
    token: fc.boolean(),
  }),
  fc.record({
    method: fc.constant('GET' as const),
    path: fc.constantFrom('/v2025-02-19/data/listen/production', '/v2025-02-19/data/listen/nope'),
    query: queryPairs,
    token: fc.boolean(),
  }),
);

async function send(input: FuzzRequest): Promise<{ status: number; contentType: string }> {
  const url = new URL(`${lake.url}${input.path}`);
  for (const [key, value] of input.query) url.searchParams.append(key, value);
  const controller = new AbortController();
  const headers: Record<string, string> = {};
  if (input.token) headers.authorization = `Bearer ${lake.token}`;
  if (input.contentType !== undefined) headers['content-type'] = input.contentType;
  else if (input.method === 'POST') headers['content-type'] = 'application/json';
  const response = await fetch(url, {
    method: input.method,
    headers,
    body: input.body as BodyInit | undefined,
    signal: controller.signal,
  });
  const contentType = response.headers.get('content-type') ?? '';
  // A listener that was accepted stays open; only its status matters here.
  if (contentType.startsWith('text/event-stream')) controller.abort();
  else await response.arrayBuffer();
  return { status: response.status, contentType };
}

async function stillAnswers(): Promise<void> {
  const ping = await fetch(`${lake.url}/v2025-02-19/ping`);
  expect(ping.status).toBe(200);
  const count = await fetch(`${lake.url}/v2025-02-19/data/query/production?query=count(*)`);
  expect(count.status).toBe(200);
  const write = await send({
    method: 'POST',
    path: '/v2025-02-19/data/mutate/production',
    query: [],
    body: JSON.stringify({ mutations: [{ createOrReplace: { _id: 'fuzz-alive', _type: 'note' } }] }),
    token: true,
  });
  expect(write.status).toBe(200);
}

describe('write endpoints under generated bad input', () => {
  it('answer the examples of deep nesting with a 4xx JSON error', async () => {
    const deep = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    const bodies = [
      `{"mutations":[{"create":{"_type":"note","deep":${deep(20_000)}}}]}`,
      `{"mutations":[{"patch":{"id":"a","set":{"x":${deep(5_000)}}}}]}`,
      `{"actions":[{"actionType":"sanity.action.document.create","publishedId":"d","attributes":{"_id":"drafts.d","_type":"n","x":${deep(5_000)}}}]}`,
    ];
    for (const [index, body] of bodies.entries()) {
      const path =
        index === 2 ? '/v2025-02-19/data/actions/production' : '/v2025-02-19/data/mutate/production';
      const answer = await send({ method: 'POST', path, query: [], body, token: true });
      expect({
        index,
        status: answer.status,
        json: answer.contentType.startsWith('application/json'),
      }).toEqual({
        index,
        status: 400,
        json: true,
      });
    }
    await stillAnswers();
  });

  it(`answer ${RUNS} generated requests without a 500`, async () => {
    await fc.assert(
      fc.asyncProperty(request, async (input) => {
        const answer = await send(input);
        expect(answer.status).toBeLessThan(500);
        if (answer.status >= 400) expect(answer.contentType).toMatch(/^application\/json/);
      }),
      { numRuns: RUNS, seed: 42 },
    );
    await stillAnswers();
    expect(lake.logs.join('')).not.toMatch(/ failed: /);
  });
});
