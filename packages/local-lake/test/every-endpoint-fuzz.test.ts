// Every endpoint, every position: generated hostile values — nested thousands of levels deep, thousands of keys
// wide, hundreds of kilobytes long, JavaScript's own names, runaway GROQ, malformed JSON, bad numbers and times —
// go into the query string, the body, the path, mutation filters, patch paths, listen filters and history
// parameters of every endpoint the lake serves. Whatever a request carries, the lake must answer it (no hang), with
// a status below 500 and a JSON body for any error, and keep answering: the process never exits on a request.
// The number of generated requests per endpoint is printed at the end. LAKE_FUZZ_RUNS (default 100 per endpoint), LAKE_FUZZ_SEED.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import http from 'node:http';
import { startLakeProcess, type LakeProcess } from './helpers/lake-process.ts';

const RUNS = Number(process.env.LAKE_FUZZ_RUNS ?? 100);
const SEED = Number(process.env.LAKE_FUZZ_SEED ?? 20261207);
const ANSWER_WITHIN_MS = 15_000;

let lake: LakeProcess;
const counts = new Map<string, number>();
const statuses = new Map<string, Map<number, number>>();

beforeAll(async () => {
  lake = await startLakeProcess({ env: { LOCAL_LAKE_QUERY_TIMEOUT_MS: '1000' } });
});

afterAll(async () => {
  const lines = [...counts].map(([endpoint, count]) => {
    const seen = [...(statuses.get(endpoint) ?? new Map<number, number>())]
      .sort(([a], [b]) => a - b)
      .map(([status, n]) => `${status}×${n}`)
      .join(' ');
    return `  ${endpoint}: ${count} requests (${seen})`;
  });
  process.stdout.write(`generated requests per endpoint (seed ${SEED}):\n${lines.join('\n')}\n`);
  await lake?.stop();
});

interface Answer {
  status: number;
  contentType: string;
  body: string;
}

/** One raw request (no URL normalisation); resolves at the first byte of a stream, rejects past the deadline. */
function send(method: string, path: string, body?: string, token = true): Promise<Answer> {
  const { port } = new URL(lake.url);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: {
          ...(token ? { authorization: `Bearer ${lake.token}` } : {}),
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          origin: 'https://elsewhere.example',
        },
      },
      (response) => {
        const contentType = String(response.headers['content-type'] ?? '');
        if (contentType.startsWith('text/event-stream')) {
          response.destroy();
          resolve({ status: response.statusCode ?? 0, contentType, body: '' });
          return;
        }
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            contentType,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    request.setTimeout(ANSWER_WITHIN_MS, () =>
      request.destroy(new Error(`no answer within ${ANSWER_WITHIN_MS} ms`)),
    );
    request.on('error', reject);
    request.end(body);
  });
}

// ---- Hostile values, as JSON text (JSON.stringify overflows on the deepest) ----

const BUILT_IN_NAMES = Object.getOwnPropertyNames(Object.prototype);
const depth = fc.constantFrom(1, 2, 99, 100, 101, 1_000, 6_000);
const width = fc.constantFrom(1, 50, 10_000);
const length = fc.constantFrom(0, 1, 1_000, 200_000);
const name = fc.oneof(
  fc.constantFrom(...BUILT_IN_NAMES),
  fc.constantFrom('_id', '_type', 'title', '', 'a.b', '[0]', '%'),
);

const jsonString = (text: string) => JSON.stringify(text);
const hostileJson: fc.Arbitrary<string> = fc.oneof(
  depth.map((n) => `${'['.repeat(n)}1${']'.repeat(n)}`),
  depth.map((n) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`),
  fc.tuple(depth, name).map(([n, key]) => `${`{${jsonString(key)}:`.repeat(n)}"x"${'}'.repeat(n)}`),
  width.map((n) => `[${Array.from({ length: n }, (_, i) => i).join(',')}]`),
  fc
    .tuple(width, name)
    .map(
      ([n, key]) =>
        `{${Array.from({ length: n }, (_, i) => `${jsonString(`${key}${i === 0 ? '' : i}`)}:${i}`).join(',')}}`,
    ),
  fc
    .tuple(length, fc.constantFrom('x', 'é', '"', '\\', '\u0000', '𝄞'))
    .map(([n, c]) => jsonString(c.repeat(n))),
  name.map((key) => `{${jsonString(key)}:{${jsonString(key)}:1}}`),
  fc.constantFrom(
    'null',
    'true',
    '0',
    '-0',
    '1e308',
    '-1e308',
    '1.5',
    '99999999999999999999',
    '{}',
    '[]',
    '""',
  ),
  fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value) ?? 'null'),
);
/** Also text that is not JSON at all. */
const hostileBodyValue = fc.oneof(
  { weight: 6, arbitrary: hostileJson },
  { weight: 1, arbitrary: fc.constantFrom('{', '[1,', 'undefined', 'NaN', "'x'") },
);

const nested = (open: string, close: string) => depth.map((n) => `${open.repeat(n)}true${close.repeat(n)}`);
const hostileQuery: fc.Arbitrary<string> = fc.oneof(
  nested('(', ')'),
  nested('[', ']'),
  depth.map((n) => `*[${'!'.repeat(n)}true]`),
  depth.map((n) => `${'count(*['.repeat(Math.min(n, 8))}true${'])'.repeat(Math.min(n, 8))}`),
  depth.map((n) => `1${' + 1'.repeat(n)}`),
  length.map((n) => `*[_id == ${jsonString('x'.repeat(n))}]`),
  name.map(
    (key) =>
      `*[${jsonString(key)} in keys(@) || @[${jsonString(key)}] != null]{${jsonString(key)}: @[${jsonString(key)}], ...}`,
  ),
  fc
    .tuple(fc.constantFrom('title', '@', '[@, _id]', 'body[].children[].text'), fc.string({ maxLength: 30 }))
    .map(
      ([left, pattern]) =>
        `*[${left} match text::query(${jsonString(pattern)})] | score(${left} match ${jsonString(pattern)})`,
    ),
  fc.constantFrom(
    '*[',
    '$p',
    '*[_type == $p]',
    'count($p)',
    '*{',
    '"\\u',
    '*[_id in $p]',
    '$__proto__',
    '$hasOwnProperty',
    '*[@ match text::query("")]',
  ),
  fc.string({ maxLength: 60 }),
);
const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 40 }),
  length.map((n) => 'a'.repeat(n)),
  name,
  fc.constantFrom(
    '%',
    '%E0%A4%A',
    '..',
    '/',
    'drafts.',
    'versions.x.y',
    'NaN',
    '-1',
    '0',
    'abc',
    '2026-12-07T10:00:00+01:00',
    '2026-13-45',
    'true',
    'yes',
  ),
);

/** Percent-encodes for a query string or path, but leaves a broken escape (`%E0%A4%A`) as it is now and then. */
const q = (text: string) => encodeURIComponent(text);

// ---- Every endpoint, with a slot for a hostile value in each position ----

interface Endpoint {
  name: string;
  request: fc.Arbitrary<{ method: string; path: string; body?: string; token?: boolean }>;
}

const V = '/v2025-02-19';
const mutationBody = fc.oneof(
  fc
    .tuple(hostileJson, name)
    .map(([value, key]) => `{"create":{"_type":"fuzz",${jsonString(key)}:${value}}}`),
  fc
    .tuple(hostileJson)
    .map(([value]) => `{"createOrReplace":{"_id":"fuzz-doc","_type":"fuzz","v":${value}}}`),
  fc
    .tuple(hostileQuery, hostileJson)
    .map(([query, params]) => `{"delete":{"query":${jsonString(query)},"params":{"p":${params}}}}`),
  fc
    .tuple(hostileQuery, hostileJson)
    .map(([query, value]) => `{"patch":{"query":${jsonString(query)},"set":{"v":${value}}}}`),
  fc
    .tuple(hostileText, hostileJson)
    .map(([path, value]) => `{"patch":{"id":"fuzz-doc","set":{${jsonString(path)}:${value}}}}`),
  fc
    .tuple(hostileText, hostileJson)
    .map(([path, value]) => `{"patch":{"id":"fuzz-doc","inc":{${jsonString(path)}:${value}}}}`),
  fc.tuple(hostileText).map(([path]) => `{"patch":{"id":"fuzz-doc","unset":[${jsonString(path)}]}}`),
  fc
    .tuple(hostileText, hostileJson)
    .map(
      ([path, items]) =>
        `{"patch":{"id":"fuzz-doc","insert":{"after":${jsonString(path)},"items":${items}}}}`,
    ),
  fc
    .tuple(hostileText, hostileText)
    .map(
      ([path, patch]) =>
        `{"patch":{"id":"fuzz-doc","diffMatchPatch":{${jsonString(path)}:${jsonString(patch)}}}}`,
    ),
  hostileBodyValue,
);
const mutateOption = fc.constantFrom(
  'dryRun',
  'returnIds',
  'returnDocuments',
  'visibility',
  'transactionId',
  'autoGenerateArrayKeys',
  'skipCrossDatasetReferenceValidation',
  'tag',
  'unknown',
);

const ENDPOINTS: Endpoint[] = [
  {
    name: 'GET /data/query',
    request: fc
      .tuple(hostileQuery, hostileJson, hostileText, name)
      .map(([query, param, perspective, param2]) => ({
        method: 'GET',
        path: `${V}/data/query/production?query=${q(query)}&%24p=${q(param)}&%24${q(param2)}=${q(param)}&perspective=${q(perspective)}`,
      })),
  },
  {
    name: 'POST /data/query',
    request: fc
      .tuple(hostileQuery, hostileBodyValue, hostileText, name)
      .map(([query, param, perspective, key]) => ({
        method: 'POST',
        path: `${V}/data/query/production`,
        body: `{"query":${jsonString(query)},"params":{"p":${param},${jsonString(key)}:${param}},"perspective":${jsonString(perspective)}}`,
      })),
  },
  {
    name: 'GET /data/doc',
    request: fc
      .tuple(hostileText, fc.boolean())
      .map(([ids, token]) => ({ method: 'GET', path: `${V}/data/doc/production/${q(ids)}`, token })),
  },
  {
    name: 'POST /data/mutate',
    request: fc
      .tuple(
        fc.array(mutationBody, { minLength: 0, maxLength: 3 }),
        fc.option(fc.tuple(mutateOption, hostileText)),
        fc.option(fc.tuple(mutateOption, hostileBodyValue)),
      )
      .map(([mutations, inSearch, inBody]) => ({
        method: 'POST',
        path: `${V}/data/mutate/production${inSearch ? `?${inSearch[0]}=${q(inSearch[1])}` : ''}`,
        body: `{"mutations":[${mutations.join(',')}]${inBody ? `,${jsonString(inBody[0])}:${inBody[1]}` : ''}}`,
      })),
  },
  {
    name: 'POST /data/actions',
    request: fc
      .tuple(hostileText, hostileText, hostileBodyValue, hostileBodyValue)
      .map(([actionType, id, attributes, dryRun]) => ({
        method: 'POST',
        path: `${V}/data/actions/production`,
        body: `{"actions":[{"actionType":${jsonString(actionType)},"publishedId":${jsonString(id)},"draftId":${jsonString(`drafts.${id}`)},"attributes":${attributes},"patch":${attributes}}],"dryRun":${dryRun}}`,
      })),
  },
  {
    name: 'GET /data/listen',
    request: fc.tuple(hostileQuery, hostileJson, hostileText).map(([query, param, flag]) => ({
      method: 'GET',
      path: `${V}/data/listen/production?query=${q(query)}&%24p=${q(param)}&includeResult=${q(flag)}&effectFormat=${q(flag)}`,
    })),
  },
  {
    name: 'GET /data/live/events',
    request: hostileText.map((text) => ({
      method: 'GET',
      path: `${V}/data/live/events/production?includeDrafts=${q(text)}&${q(text)}=1`,
    })),
  },
  {
    name: 'GET /data/references',
    request: hostileText.map((id) => ({
      method: 'GET',
      path: `${V}/data/references/production/documents/${q(id)}/to?excludeInternalReferences=${q(id)}`,
    })),
  },
  {
    name: 'GET /data/history/documents',
    request: fc
      .tuple(hostileText, hostileText, fc.constantFrom('time', 'revision', 'lastRevision'))
      .map(([ids, value, key]) => ({
        method: 'GET',
        path: `${V}/data/history/production/documents/${q(ids)}?${key}=${q(value)}`,
      })),
  },
  {
    name: 'GET /data/history/transactions',
    request: fc
      .tuple(
        hostileText,
        hostileText,
        fc.constantFrom(
          'limit',
          'fromTime',
          'toTime',
          'fromTransaction',
          'toTransaction',
          'reverse',
          'effectFormat',
          'excludeMutations',
        ),
      )
      .map(([ids, value, key]) => ({
        method: 'GET',
        path: `${V}/data/history/production/transactions/${q(ids)}?${key}=${q(value)}`,
      })),
  },
  {
    name: 'GET /data/history/events',
    request: fc
      .tuple(hostileText, hostileText)
      .map(([id, limit]) => ({
        method: 'GET',
        path: `${V}/data/history/production/events/documents/${q(id)}?limit=${q(limit)}`,
      })),
  },
  {
    name: 'GET+PUT /users/me/keyvalue',
    request: fc
      .tuple(hostileText, hostileBodyValue, fc.boolean())
      .map(([key, value, put]) =>
        put
          ? {
              method: 'PUT',
              path: `${V}/users/me/keyvalue`,
              body: `[{"key":${jsonString(key)},"value":${value}}]`,
            }
          : { method: 'GET', path: `${V}/users/me/keyvalue/${q(key)}` },
      ),
  },
  {
    name: 'GET /users/:ids',
    request: hostileText.map((ids) => ({ method: 'GET', path: `${V}/users/${q(ids)}` })),
  },
  {
    name: 'POST /assets/images',
    request: fc.tuple(hostileText, hostileBodyValue).map(([filename, body]) => ({
      method: 'POST',
      path: `${V}/assets/images/production?filename=${q(filename)}&meta=${q(filename)}`,
      body,
    })),
  },
  {
    name: 'GET /images',
    request: fc
      .tuple(hostileText, hostileText)
      .map(([file, w]) => ({
        method: 'GET',
        path: `/images/local/production/${q(file)}?w=${q(w)}&rect=${q(w)}&fm=${q(w)}`,
      })),
  },
  {
    name: 'GET /check/cors, /projects, /socket',
    request: fc
      .tuple(
        fc.constantFrom(
          '/check/cors',
          '/projects/local',
          '/projects/local/datasets/production/acl',
          '/socket/production',
          '/journey/x',
        ),
        hostileText,
      )
      .map(([path, text]) => ({
        method: 'GET',
        path: `${V}${path}?${q(text)}=${q(text)}`,
      })),
  },
];

async function stillAnswers(): Promise<void> {
  const answer = await send(
    'GET',
    `${V}/data/query/production?query=count(*%5B_id%20%3D%3D%20%22fuzz-alive%22%5D)`,
  );
  expect(answer.status).toBe(200);
  expect(lake.child.exitCode).toBeNull();
}

describe('every endpoint answers every generated request', () => {
  it.each(ENDPOINTS.map((endpoint) => [endpoint.name, endpoint] as const))('%s', async (label, endpoint) => {
    await fc.assert(
      fc.asyncProperty(endpoint.request, async ({ method, path, body, token }) => {
        counts.set(label, (counts.get(label) ?? 0) + 1);
        const answer = await send(method, path, body, token ?? true);
        const seen = statuses.get(label) ?? new Map<number, number>();
        seen.set(answer.status, (seen.get(answer.status) ?? 0) + 1);
        statuses.set(label, seen);
        const where = `${method} ${path.slice(0, 300)}${body ? ` ${body.slice(0, 300)}` : ''}`;
        if (answer.status >= 500)
          throw new Error(`${answer.status} for ${where}: ${answer.body.slice(0, 500)}`);
        if (answer.status >= 400) {
          expect(answer.contentType).toMatch(/application\/json/);
          expect(() => JSON.parse(answer.body) as unknown).not.toThrow();
        }
        // Another origin never gets a CORS grant, whatever it sends.
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    await stillAnswers();
  });
});
