import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { lakeClient } from './helpers/clients.ts';
import { startLakeProcess, type LakeProcess } from './helpers/lake-process.ts';

let lake: LakeProcess;

beforeAll(async () => {
  lake = await startLakeProcess();
});

afterAll(async () => {
  await lake?.stop();
});

describe('queries through @sanity/client', () => {
  it('answers a GET query with params and sync tags', async () => {
    const client = lakeClient(lake.url);
    const response = await client.fetch(
      '*[_type == $type] | order(_id asc) {_id, title}',
      { type: 'article' },
      { filterResponse: false },
    );
    expect(response.result).toEqual([
      { _id: 'article-safety', title: 'Safety and side effects' },
      { _id: 'article-what-is-ketamine-therapy', title: 'What ketamine-assisted therapy is' },
    ]);
    expect(response.query).toBe('*[_type == $type] | order(_id asc) {_id, title}');
    expect(typeof response.ms).toBe('number');
    expect(response.syncTags?.length).toBeGreaterThan(0);
  });

  it('answers a POST query when the query is too long for a URL', async () => {
    const client = lakeClient(lake.url);
    const padding = ' '.repeat(12_000);
    const titles = await client.fetch<string[]>(
      `*[_type == "article" && slug.current == $slug]${padding}.title`,
      {
        slug: 'safety',
      },
    );
    expect(titles).toEqual(['Safety and side effects']);
  });

  it('resolves references', async () => {
    const client = lakeClient(lake.url);
    const reviewer = await client.fetch('*[_id == "article-safety"][0].medicalReviewer->name');
    expect(reviewer).toBe('Sample Reviewer (placeholder)');
  });

  it('hides drafts from the published perspective and overlays them in the drafts perspective', async () => {
    const query = '*[_type == "article"] | order(_id asc) {_id, title}';
    const published = await lakeClient(lake.url).fetch(query);
    expect(published.map((doc: { _id: string }) => doc._id)).toEqual([
      'article-safety',
      'article-what-is-ketamine-therapy',
    ]);

    const drafts = await lakeClient(lake.url, lake.token).fetch(query, {}, { perspective: 'drafts' });
    expect(drafts).toEqual([
      { _id: 'article-safety', title: 'Safety and side effects (draft)' },
      { _id: 'article-unpublished', title: 'An article not yet published' },
      { _id: 'article-what-is-ketamine-therapy', title: 'What ketamine-assisted therapy is' },
    ]);

    const raw = await lakeClient(lake.url, lake.token).fetch<string[]>(
      '*[_type == "article"]._id | order(@ asc)',
      {},
      { perspective: 'raw' },
    );
    expect([...raw].sort()).toEqual([
      'article-safety',
      'article-what-is-ketamine-therapy',
      'drafts.article-safety',
      'drafts.article-unpublished',
    ]);
  });

  it('refuses the drafts perspective without the token', async () => {
    await expect(lakeClient(lake.url).fetch('*', {}, { perspective: 'drafts' })).rejects.toMatchObject({
      statusCode: 401,
    });
  });

  it('answers a malformed query with 400 and the parse error', async () => {
    const error = await lakeClient(lake.url)
      .fetch('*[_type == "article"')
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ statusCode: 400 });
    expect((error as Error).message).toMatch(/GROQ|query/i);
    expect((error as { details: { type: string } }).details.type).toBe('queryParseError');
  });

  it('answers a query missing a parameter with 400', async () => {
    await expect(lakeClient(lake.url).fetch('*[_id == $id]')).rejects.toThrow(/\$id/);
  });
});

describe('Studio list and search queries', () => {
  const studioQuery =
    '// findability-mvi:5\n*[_type in $__types && ([@, _id] match text::query($__query) || references($__rawQuery))]' +
    ' {_type, _id, _originalId} | order(_id asc) [0...$__limit]';
  const search = (text: string) =>
    lakeClient(lake.url, lake.token).fetch<Array<{ _id: string }>>(
      studioQuery,
      { __types: ['article'], __query: text, __rawQuery: text, __limit: 11 },
      { perspective: 'drafts' },
    );

  it('lists every document when the search is empty', async () => {
    expect((await search('')).map((doc) => doc._id)).toEqual([
      'article-safety',
      'article-unpublished',
      'article-what-is-ketamine-therapy',
    ]);
  });

  it('finds documents by words in any text field, with prefix wildcards and exclusions', async () => {
    expect((await search('ketam*')).map((doc) => doc._id)).toEqual(['article-what-is-ketamine-therapy']);
    expect((await search('SIDE effects')).map((doc) => doc._id)).toEqual(['article-safety']);
    expect((await search('article* -unpublished')).map((doc) => doc._id)).toEqual([
      'article-safety',
      'article-what-is-ketamine-therapy',
    ]);
    expect((await search('nothing-matches-this')).map((doc) => doc._id)).toEqual([]);
  });

  it('scores field matches with boost()', async () => {
    const ranked = await lakeClient(lake.url).fetch<Array<{ _id: string }>>(
      '*[_type == "article"] | score(boost(title match text::query($q), 3)) [_score > 0] {_id}',
      { q: 'safety' },
    );
    expect(ranked.map((doc) => doc._id)).toEqual(['article-safety']);
  });
});

describe('documents by id', () => {
  it('returns one document with getDocument and several with getDocuments', async () => {
    const client = lakeClient(lake.url);
    const clinic = await client.getDocument('clinic-sacramento');
    expect(clinic).toMatchObject({ _id: 'clinic-sacramento', phone: '+19169159215' });
    expect(clinic?._rev).toEqual(expect.any(String));
    expect(clinic?._createdAt).toEqual(expect.any(String));

    const many = await client.getDocuments(['article-safety', 'does-not-exist']);
    expect(many[0]?._id).toBe('article-safety');
    expect(many[1]).toBeNull();
  });

  it('returns drafts only to token holders', async () => {
    const anonymous = await lakeClient(lake.url).getDocument('drafts.article-safety');
    expect(anonymous).toBeUndefined();
    const editor = await lakeClient(lake.url, lake.token).getDocument('drafts.article-safety');
    expect(editor?.title).toBe('Safety and side effects (draft)');
  });
});

describe('errors', () => {
  it('answers an unknown endpoint with a 404 JSON error and logs it', async () => {
    const response = await fetch(`${lake.url}/v2025-02-19/data/nonsense/production`);
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ statusCode: 404 });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(lake.logs.join('')).toContain('UNKNOWN ENDPOINT GET /v2025-02-19/data/nonsense/production');
  });

  it('answers an unknown dataset with 404', async () => {
    const client = lakeClient(lake.url).withConfig({ dataset: 'staging' });
    await expect(client.fetch('*')).rejects.toMatchObject({ statusCode: 404 });
  });

  it('allows browsers to call it (CORS)', async () => {
    const response = await fetch(`${lake.url}/v2025-02-19/data/query/production?query=1`, {
      headers: { origin: 'http://localhost:3000' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
  });
});
