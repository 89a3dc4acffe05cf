import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from '@sanity/client';
import { clientFetcher } from './fetcher.ts';
import { articleBySlugQuery } from './article/article.ts';

// A real @sanity/client talking to a loopback server that records each request and answers like the Content Lake.
const requests: URL[] = [];
let server: Server;
let apiHost: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(new URL(request.url ?? '/', 'http://127.0.0.1'));
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ ms: 1, query: '', result: { title: 'from the lake' } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiHost = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('clientFetcher', () => {
  it('asks for published content only, with the params and a request tag', async () => {
    const client = createClient({
      projectId: 'local',
      dataset: 'production',
      apiVersion: '2025-02-19',
      apiHost,
      useProjectHostname: false,
      useCdn: false,
      // The client's own default is drafts; the fetcher must override it for visitors.
      perspective: 'drafts',
    });
    const fetcher = clientFetcher(client);
    const result = await fetcher({
      query: articleBySlugQuery,
      params: { slug: 'ketamine-for-crps-what-to-expect' },
      tags: ['article'],
      label: 'article-by-slug',
    });

    expect(result).toEqual({ title: 'from the lake' });
    const url = requests.at(-1);
    expect(url?.pathname).toBe('/v2025-02-19/data/query/production');
    expect(url?.searchParams.get('perspective')).toBe('published');
    expect(url?.searchParams.get('$slug')).toBe('"ketamine-for-crps-what-to-expect"');
    expect(url?.searchParams.get('tag')).toBe('article-by-slug');
    expect(url?.searchParams.get('query')).toBe(articleBySlugQuery);
  });
});
