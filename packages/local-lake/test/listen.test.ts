import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ListenEvent, MutationEvent, SanityClient, SyncTag } from '@sanity/client';
import { applyPatch } from 'mendoza';
import { lakeClient } from './helpers/clients.ts';
import { collect } from './helpers/collect.ts';
import { startLakeWithClient, type LakeProcess } from './helpers/lake-process.ts';

let lake: LakeProcess;
let client: SanityClient;
beforeAll(async () => ({ lake, client } = await startLakeWithClient()));
afterAll(() => lake?.stop());

type Event = ListenEvent<Record<string, unknown>>;
const mutations = (events: Event[]) =>
  events.filter((event): event is MutationEvent => event.type === 'mutation');

describe('listener', () => {
  it('sends welcome, then mutation events with a revision chain, transitions and mendoza effects', async () => {
    const listener = collect<Event>(
      client.listen(
        '*[_id in $ids]',
        { ids: ['listen-1', 'drafts.listen-1'] },
        { events: ['welcome', 'mutation'], effectFormat: 'mendoza', includeResult: true },
      ),
    );
    await listener.waitFor((events) => events.some((event) => event.type === 'welcome'));

    const created = await client.create({ _id: 'drafts.listen-1', _type: 'note', title: 'One' });
    const patched = await client.patch('drafts.listen-1').set({ title: 'Two' }).commit();
    await client.delete('drafts.listen-1');
    await client.create({ _id: 'unrelated', _type: 'note' });

    const events = mutations(await listener.waitFor((all) => mutations(all).length >= 3));
    listener.stop();
    expect(events.map((event) => event.transition)).toEqual(['appear', 'update', 'disappear']);
    expect(events.map((event) => event.documentId)).toEqual([
      'drafts.listen-1',
      'drafts.listen-1',
      'drafts.listen-1',
    ]);
    expect(events[0]?.previousRev).toBeUndefined();
    expect(events[0]?.resultRev).toBe(created._rev);
    expect(events[1]?.previousRev).toBe(created._rev);
    expect(events[1]?.resultRev).toBe(patched._rev);
    expect(events[2]?.previousRev).toBe(patched._rev);
    expect(events[1]?.result).toMatchObject({ title: 'Two' });

    // The Studio rebuilds the document from effects alone; they must reproduce it (without _rev).
    const { _rev: _created, ...createdBody } = created;
    const { _rev: _patched, ...patchedBody } = patched;
    expect(applyPatch(null, events[0]?.effects?.apply as unknown[])).toEqual(createdBody);
    expect(applyPatch(createdBody, events[1]?.effects?.apply as unknown[])).toEqual(patchedBody);
    expect(applyPatch(patchedBody, events[2]?.effects?.apply as unknown[])).toBeNull();
    expect(events[1]?.mutations).toEqual([{ patch: { id: 'drafts.listen-1', set: { title: 'Two' } } }]);
  });

  it('numbers the events of one transaction so a listener knows when it has them all', async () => {
    const listener = collect<Event>(
      client.listen('*[_type == "pairing"]', {}, { events: ['welcome', 'mutation'] }),
    );
    await listener.waitFor((events) => events.some((event) => event.type === 'welcome'));
    await client
      .transaction()
      .create({ _id: 'pairing-a', _type: 'pairing' })
      .create({ _id: 'pairing-b', _type: 'pairing' })
      .create({ _id: 'not-pairing', _type: 'other' })
      .commit({ transactionId: 'pairing-tx' });
    const events = mutations(await listener.waitFor((all) => mutations(all).length >= 2));
    listener.stop();
    expect(
      events.map((event) => [
        event.transactionId,
        event.transactionCurrentEvent,
        event.transactionTotalEvents,
      ]),
    ).toEqual([
      ['pairing-tx', 1, 2],
      ['pairing-tx', 2, 2],
    ]);
  });

  it('reports a document leaving the filter as disappear', async () => {
    await client.create({ _id: 'mover', _type: 'listed' });
    const listener = collect<Event>(
      client.listen('*[_type == "listed"]', {}, { events: ['welcome', 'mutation'] }),
    );
    await listener.waitFor((events) => events.some((event) => event.type === 'welcome'));
    await client.createOrReplace({ _id: 'mover', _type: 'unlisted' });
    const [event] = mutations(await listener.waitFor((all) => mutations(all).length >= 1));
    listener.stop();
    expect(event?.transition).toBe('disappear');
  });

  it('does not show drafts to a listener without the token', async () => {
    const anonymous = collect<Event>(
      lakeClient(lake.url).listen('*[_type == "secret"]', {}, { events: ['welcome', 'mutation'] }),
    );
    await anonymous.waitFor((events) => events.some((event) => event.type === 'welcome'));
    await client.create({ _id: 'drafts.secret-1', _type: 'secret' });
    await client.create({ _id: 'secret-1', _type: 'secret' });
    const events = mutations(await anonymous.waitFor((all) => mutations(all).length >= 1));
    await new Promise((resolve) => setTimeout(resolve, 100));
    anonymous.stop();
    expect(mutations(anonymous.events).map((event) => event.documentId)).toEqual(['secret-1']);
    expect(events[0]?.documentId).toBe('secret-1');
  });
});

describe('live events for the site', () => {
  it('sends a message with sync tags after a published change', async () => {
    const site = lakeClient(lake.url);
    const { syncTags } = await site.fetch('*[_type == "clinic"][0]', {}, { filterResponse: false });
    const live = collect<{ type: string; tags?: string[] }>(site.live.events());
    await live.waitFor((events) => events.some((event) => event.type === 'welcome'));
    await client.patch('clinic-sacramento').set({ phone: '+19165550100' }).commit();
    const events = await live.waitFor((all) => all.some((event) => event.type === 'message'));
    live.stop();
    const message = events.find((event) => event.type === 'message');
    expect(message?.tags?.some((tag) => syncTags?.includes(tag as SyncTag))).toBe(true);
  });
});
