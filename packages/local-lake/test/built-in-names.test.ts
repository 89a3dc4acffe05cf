// Names are data: a field, a parameter or a patch path named after one of JavaScript's own members
// (`__proto__`, `constructor`, `hasOwnProperty`, `toString`, every `Object.prototype` name) behaves as any other
// name — in stored documents, queries, parameters, patches, listener effects and `/data/references`. groq-js and
// @sanity/mutator fail on `hasOwnProperty` and drop `__proto__`, so the lake is checked here end to end, through
// @sanity/client against a real lake, with names drawn from `Object.getOwnPropertyNames(Object.prototype)`.
// Query: https://www.sanity.io/docs/http-reference/query; patches: https://www.sanity.io/docs/http-reference/mutate.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { MutationEvent, SanityClient } from '@sanity/client';
import fc from 'fast-check';
import { applyPatch } from 'mendoza';
import { collect } from './helpers/collect.ts';
import { startLakeWithClient, type LakeProcess } from './helpers/lake-process.ts';

const BUILT_IN_NAMES = [...Object.getOwnPropertyNames(Object.prototype), 'prototype', 'then', 'length'];
const RUNS = Number(process.env.LAKE_NAMES_RUNS ?? 40);

let lake: LakeProcess;
let client: SanityClient;

beforeAll(async () => {
  ({ lake, client } = await startLakeWithClient());
  await client.createOrReplace({ _id: 'names-target', _type: 'namesTarget' });
});

afterAll(async () => {
  await lake?.stop();
});

/** `{[name]: value}` as an own property even for `__proto__` (an object literal would set the prototype). */
const objectWith = (name: string, value: unknown): Record<string, unknown> =>
  JSON.parse(`{${JSON.stringify(name)}:${JSON.stringify(value)}}`) as Record<string, unknown>;

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

let counter = 0;

describe('built-in names as field names, parameter names and patch paths', () => {
  it('store, query, project, filter, parameterize and patch like any other name', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...BUILT_IN_NAMES),
        fc.string({ maxLength: 12 }),
        async (name, value) => {
          const id = `names-${counter++}`;
          const doc = {
            _id: id,
            _type: 'namesNote',
            ...objectWith(name, value),
            nested: objectWith(name, value),
            list: [{ _key: 'a', ...objectWith(name, value) }],
            ref: { _type: 'reference', _ref: 'names-target' },
          };
          // Spread keeps `__proto__` only as an own key of the parsed objects; rebuild the top level the same way.
          const stored = JSON.parse(
            JSON.stringify({ _id: id, _type: 'namesNote' }).slice(0, -1) +
              `,${JSON.stringify(name)}:${JSON.stringify(value)},"nested":${JSON.stringify(doc.nested)},` +
              `"list":[{"_key":"a",${JSON.stringify(name)}:${JSON.stringify(value)}}],` +
              `"ref":{"_type":"reference","_ref":"names-target"}}`,
          ) as Record<string, unknown> & { _id: string; _type: string };
          await client.create(stored);

          const key = JSON.stringify(name);
          const read = await client.fetch<Record<string, unknown>>('*[_id == $id][0]', { id });
          expect(plain(read)).toMatchObject(plain(stored) as Record<string, unknown>);

          const projected = await client.fetch<Record<string, unknown>>(
            `*[_id == $id][0]{"top": @[${key}], "inner": nested[${key}], "item": list[0][${key}], "copy": {...nested}, ${key}: nested[${key}]}`,
            { id },
          );
          expect(plain(projected)).toEqual(
            plain({
              top: value,
              inner: value,
              item: value,
              copy: objectWith(name, value),
              ...objectWith(name, value),
            }),
          );

          expect(await client.fetch(`*[_id == $id && @[${key}] == $value]._id`, { id, value })).toEqual([id]);
          expect(
            await client.fetch(`*[_id == $id][0]{"p": $${name}}`, { id, ...objectWith(name, 'param') }),
          ).toEqual({ p: 'param' });

          await client
            .patch(id)
            .set(objectWith(`nested.${name}`, 'changed'))
            .unset([name])
            .commit();
          const patched = await client.getDocument(id);
          expect(Object.hasOwn(patched ?? {}, name)).toBe(false);
          expect(plain(patched?.nested)).toEqual(plain(objectWith(name, 'changed')));

          const referring = await fetch(
            `${lake.url}/v2025-02-19/data/references/production/documents/names-target/to`,
            { headers: { authorization: `Bearer ${lake.token}` } },
          );
          expect(referring.status).toBe(200);
          const { references } = (await referring.json()) as { references: Array<{ documentId: string }> };
          expect(references.map((entry) => entry.documentId)).toContain(id);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('listener effects (mendoza) turn the previous document into the new one for every built-in name', async () => {
    const id = 'names-listened';
    const all = JSON.parse(
      `{"_id":"${id}","_type":"namesNote",${BUILT_IN_NAMES.map((name) => `${JSON.stringify(name)}:"v"`).join(',')}}`,
    ) as { _id: string; _type: string };
    const events = collect(
      client.listen('*[_id == $id]', { id }, { effectFormat: 'mendoza', includeResult: true }),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    await client.create(all);
    const half = BUILT_IN_NAMES.filter((_, index) => index % 2 === 0);
    await client.patch(id).unset(half).set({ added: 1 }).commit();
    const seen = (await events.waitFor((list) => list.length >= 2)) as MutationEvent[];
    events.stop();
    const [created, patched] = seen;
    // Effects address the document without `_rev`, as the Studio applies them.
    const { _rev: _before, ...before } = plain(created?.result) as Record<string, unknown>;
    const { _rev: _after, ...expected } = plain(patched?.result) as Record<string, unknown>;
    const after = applyPatch(before, patched?.effects?.apply as never) as Record<string, unknown>;
    expect(plain(after)).toEqual(expected);
    for (const name of half) expect(Object.hasOwn(after, name)).toBe(false);
  });
});
