// Fuzzes the read endpoints (query GET and POST, doc, image transforms, live events) with generated paths,
// parameters and bodies: whatever a request carries, the lake answers it with a status below 500 (a JSON body for
// errors), and it still answers correctly afterwards.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import http from 'node:http';
import { lakeClient } from './helpers/clients.ts';
import { startLakeProcess, type LakeProcess } from './helpers/lake-process.ts';

const RUNS = Number(process.env.LAKE_FUZZ_RUNS ?? 300);

let lake: LakeProcess;
let imagePath: string;

beforeAll(async () => {
  lake = await startLakeProcess({ env: { LOCAL_LAKE_QUERY_TIMEOUT_MS: '2000' } });
  const url = await lakeClient(lake.url).fetch<string>('*[_type == "sanity.imageAsset"][0].url');
  imagePath = new URL(url).pathname;
});

afterAll(async () => {
  await lake?.stop();
});

interface Answer {
  status: number;
  contentType: string;
  body: string;
}

/** Sends the path as given (no URL normalisation), so malformed escapes reach the lake unchanged. */
function send(
  method: string,
  path: string,
  body?: string,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const { port } = new URL(lake.url);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: { ...headers, ...(body ? { 'content-type': 'application/json' } : {}) },
      },
      (response) => {
        const contentType = String(response.headers['content-type'] ?? '');
        if (contentType.startsWith('text/event-stream')) {
          response.destroy(); // a live stream opened: that is an answer
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
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

// Characters a raw request path may carry, including `%` so that broken escapes are common.
const pathText = fc.string({ unit: fc.constantFrom(..."abz09._-~%,E0A4CZ/!$*()'".split('')), maxLength: 24 });
const encoded = (arb: fc.Arbitrary<string>) => arb.map((text) => encodeURIComponent(text));
const anyText = fc.oneof(
  pathText,
  encoded(fc.string({ maxLength: 40 })),
  encoded(
    fc.constantFrom(
      '*',
      '*[_type == "article"]',
      'count(*)',
      '*[',
      '$x',
      '1 +',
      '*{',
      '"\\u',
      'null',
      '[[[[',
    ),
  ),
);
const version = fc.constantFrom('/v2025-02-19', '/v2021-10-21', '/v1', '/vX', '/v2099-01-01', '');
const dataset = fc.constantFrom('production', 'production', 'staging', '%E0%A4%A', '');
const queryParam = fc.tuple(
  fc.constantFrom(
    'query',
    '$x',
    '$',
    'perspective',
    'resultSourceMap',
    'returnQuery',
    'includeDrafts',
    '%',
    'tag',
  ),
  anyText,
);
const number = fc.oneof(
  fc.integer({ min: -10, max: 200 }).map(String),
  fc.integer({ min: 0, max: 100_000 }).map(String),
  fc.double({ min: 0, max: 300, noNaN: true }).map((n) => n.toFixed(2)),
  fc.constantFrom('', 'NaN', 'Infinity', '1e9', '0.5', '-0', 'abc', '%', '99999999999999999999'),
);
const imageParam = fc.tuple(
  fc.constantFrom(
    'w',
    'h',
    'q',
    'dpr',
    'blur',
    'max-w',
    'max-h',
    'min-w',
    'min-h',
    'rect',
    'fit',
    'fm',
    'crop',
    'flip',
    'bg',
    'auto',
    'or',
    'dl',
  ),
  fc.oneof(
    number,
    fc.tuple(number, number, number, number).map((parts) => parts.join(',')),
    fc.constantFrom(
      'clip',
      'crop',
      'fill',
      'max',
      'min',
      'scale',
      'fillmax',
      'jpg',
      'webp',
      'avif',
      'gif',
      'tiff',
      'format',
      'h',
      'hv',
      'top,left',
      'entropy',
      'ff0000',
      'zz',
    ),
  ),
);
const search = <T extends [string, string]>(pairs: T[]) =>
  pairs.map(([key, value]) => `${encodeURIComponent(key)}=${value}`).join('&');

type Request = { method: string; path: string; body?: string };
const request: fc.Arbitrary<Request> = fc.oneof(
  fc.tuple(version, dataset, fc.array(queryParam, { maxLength: 4 })).map(([v, d, params]) => ({
    method: 'GET',
    path: `${v}/data/query/${d}?${search(params)}`,
  })),
  fc
    .tuple(
      version,
      fc.oneof(
        fc.json(),
        fc
          .record({ query: fc.string(), params: fc.anything(), perspective: fc.anything() })
          .map((b) => JSON.stringify(b)),
        fc.string(),
      ),
    )
    .map(([v, body]) => ({ method: 'POST', path: `${v}/data/query/production`, body })),
  fc
    .tuple(version, dataset, pathText)
    .map(([v, d, ids]) => ({ method: 'GET', path: `${v}/data/doc/${d}/${ids}` })),
  {
    weight: 3,
    arbitrary: fc.array(imageParam, { minLength: 1, maxLength: 4 }).map((params) => ({
      method: 'GET',
      path: `${imagePath}?${search(params)}`,
    })),
  },
  fc.tuple(pathText, fc.array(imageParam, { maxLength: 2 })).map(([file, params]) => ({
    method: 'GET',
    path: `/images/local/production/${file}?${search(params)}`,
  })),
  fc.tuple(version, dataset, fc.array(queryParam, { maxLength: 2 })).map(([v, d, params]) => ({
    method: 'GET',
    path: `${v}/data/live/events/${d}?${search(params)}`,
  })),
);

describe('read endpoints under generated input', () => {
  it('never answer 500 and keep answering', async () => {
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(request, fc.boolean(), async ({ method, path, body }, withToken) => {
        sent++;
        const answer = await send(
          method,
          path,
          body,
          withToken ? { authorization: `Bearer ${lake.token}` } : {},
        );
        expect({ method, path, status: answer.status }).toEqual({ method, path, status: expect.any(Number) });
        if (answer.status >= 500)
          throw new Error(`${method} ${path} answered ${answer.status}: ${answer.body}`);
        if (answer.status >= 400) expect(() => JSON.parse(answer.body)).not.toThrow();
      }),
      { numRuns: RUNS, seed: Number(process.env.LAKE_FUZZ_SEED ?? 9) },
    );
    process.stdout.write(`read endpoint fuzz: ${sent} generated requests\n`);
    expect(await lakeClient(lake.url).fetch('count(*[_type == "article"])')).toBe(2);
    expect(lake.logs.join('')).not.toMatch(/failed:/);
  });
});
