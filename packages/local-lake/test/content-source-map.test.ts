// Content Source Maps: the lake answers `resultSourceMap` in the shape @sanity/client's csm and stega code read
// (https://www.sanity.io/docs/visual-editing/content-source-maps), so stega encoding and click-to-edit overlays
// work offline. Checked through the real client: encode, then decode the invisible edit link and clean it off.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createClient } from '@sanity/client';
import { stegaClean } from '@sanity/client/stega';
import { vercelStegaDecode } from '@vercel/stega';
import { lakeClient } from './helpers/clients.ts';
import { startLakeProcess, type LakeProcess } from './helpers/lake-process.ts';
import { lakeClientConfig } from '../src/settings.ts';

let lake: LakeProcess;

beforeAll(async () => {
  lake = await startLakeProcess();
  await lakeClient(lake.url, lake.token).createOrReplace({
    _id: 'csm-article',
    _type: 'article',
    title: 'Sections of a mapped article',
    sections: [
      { _key: 'intro', _type: 'section', heading: 'Why it matters' },
      { _key: 'risks', _type: 'section', heading: 'What to watch for' },
    ],
  });
});

afterAll(async () => {
  await lake?.stop();
});

function stegaClient(token?: string) {
  return createClient({
    ...lakeClientConfig(lake.url),
    apiVersion: '2025-02-19',
    token,
    stega: { enabled: true, studioUrl: '/studio' },
  });
}

/** The Studio edit link hidden in a stega-encoded string, as the Presentation tool's overlays read it. */
function editLink(value: unknown): { id: string; type: string; path: string; published: boolean } | null {
  const decoded = vercelStegaDecode<{ href: string }>(String(value));
  if (!decoded) return null;
  const match = /id=([^;]+);type=([^;]+);path=([^?;]+)/.exec(decoded.href);
  if (!match) throw new Error(`unexpected edit link ${decoded.href}`);
  return {
    id: match[1] as string,
    type: match[2] as string,
    path: decodeURIComponent(match[3] as string),
    published: decoded.href.includes('perspective=published'),
  };
}

describe('resultSourceMap', () => {
  it('maps each string to its document and path', async () => {
    const response = await lakeClient(lake.url).fetch(
      '*[_type == "article"] | order(_id asc) {_id, title, "reviewer": medicalReviewer->name, "shout": upper(title)}',
      {},
      { filterResponse: false, resultSourceMap: true },
    );
    const map = response.resultSourceMap!;
    const source = (resultPath: string) => {
      const mapping = map.mappings[resultPath];
      if (!mapping || mapping.source.type !== 'documentValue') return null;
      return { document: map.documents[mapping.source.document], path: map.paths[mapping.source.path] };
    };
    expect(source("$[0]['title']")).toEqual({
      document: { _id: 'article-safety', _type: 'article' },
      path: "$['title']",
    });
    expect(source("$[0]['reviewer']")).toEqual({
      document: { _id: 'person-sample-reviewer', _type: 'person' },
      path: "$['name']",
    });
    // A string the query computed has no source in any document.
    expect(source("$[0]['shout']")).toBeNull();
  });

  it('addresses keyed array items by _key with withKeyArraySelector, by index otherwise', async () => {
    const query = '*[_id == "csm-article"][0]{"headings": sections[].heading}';
    const keyed = await lakeClient(lake.url).fetch(
      query,
      {},
      { filterResponse: false, resultSourceMap: 'withKeyArraySelector' },
    );
    const byIndex = await lakeClient(lake.url).fetch(
      query,
      {},
      { filterResponse: false, resultSourceMap: true },
    );
    const pathOf = (map: NonNullable<typeof keyed.resultSourceMap>, resultPath: string) => {
      const mapping = map.mappings[resultPath];
      return mapping?.source.type === 'documentValue' ? map.paths[mapping.source.path] : undefined;
    };
    expect(pathOf(keyed.resultSourceMap!, "$['headings'][1]")).toBe(
      "$['sections'][?(@._key=='risks')]['heading']",
    );
    expect(pathOf(byIndex.resultSourceMap!, "$['headings'][1]")).toBe("$['sections'][1]['heading']");
  });
});

describe('stega through @sanity/client', () => {
  it('hides edit links to the right document and field in the strings, and stegaClean removes them', async () => {
    const query = '*[_type == "article"] | order(_id asc) {_id, title, "reviewer": medicalReviewer->name}';
    const plain = await lakeClient(lake.url).fetch(query);
    const encoded = await stegaClient().fetch<Array<{ _id: string; title: string; reviewer: string }>>(query);
    expect(encoded[0]!.title).not.toBe(plain[0].title);
    expect(stegaClean(encoded)).toEqual(plain);
    expect(editLink(encoded[0]!.title)).toEqual({
      id: 'article-safety',
      type: 'article',
      path: 'title',
      published: true,
    });
    expect(editLink(encoded[0]!.reviewer)).toEqual({
      id: 'person-sample-reviewer',
      type: 'person',
      path: 'name',
      published: true,
    });
    expect(encoded[0]!._id).toBe('article-safety'); // ids are never encoded
  });

  it('links a keyed array item by its _key', async () => {
    const encoded = await stegaClient().fetch<{ headings: string[] }>(
      '*[_id == "csm-article"][0]{"headings": sections[].heading}',
    );
    expect(stegaClean(encoded.headings)).toEqual(['Why it matters', 'What to watch for']);
    expect(editLink(encoded.headings[1])).toMatchObject({
      id: 'csm-article',
      path: 'sections[_key=="risks"].heading',
    });
  });

  it('links a draft value to the draft in the drafts perspective', async () => {
    const encoded = await stegaClient(lake.token).fetch<{ title: string }>(
      '*[_id == "article-safety"][0]{title}',
      {},
      { perspective: 'drafts' },
    );
    expect(stegaClean(encoded.title)).toBe('Safety and side effects (draft)');
    expect(editLink(encoded.title)).toEqual({
      id: 'article-safety',
      type: 'article',
      path: 'title',
      published: false,
    });
  });
});
