import { afterAll, describe, expect, it } from '@jest/globals';
import { lakeClient } from './helpers/clients.ts';
import { startLakeProcess, tempDataDir, type LakeProcess } from './helpers/lake-process.ts';

const running: LakeProcess[] = [];
afterAll(async () => {
  await Promise.all(running.map((lake) => lake.stop('SIGKILL')));
});

describe('durability', () => {
  it('keeps every acknowledged transaction and no half-applied one after kill -9 during a write stream', async () => {
    const dataDir = tempDataDir();
    const first = await startLakeProcess({ dataDir });
    running.push(first);
    const client = lakeClient(first.url, first.token);
    await client.create({ _id: 'counter', _type: 'counter', n: 0 });

    // Each transaction creates two documents and bumps a counter: all three change together or not at all.
    const sent = new Set<number>();
    const acknowledged = new Set<number>();
    let next = 0;
    let killed = false;
    const writer = async () => {
      while (!killed) {
        const i = next++;
        sent.add(i);
        try {
          await client
            .transaction()
            .create({ _id: `pair-a-${i}`, _type: 'pair', i })
            .create({ _id: `pair-b-${i}`, _type: 'pair', i })
            .patch('counter', (patch) => patch.inc({ n: 1 }))
            .commit({ visibility: 'sync' });
          if (!killed) acknowledged.add(i);
        } catch {
          return; // the lake went away mid-request
        }
      }
    };
    const writers = Array.from({ length: 4 }, writer);
    // Kill once enough transactions are acknowledged, not after a fixed time: a busy machine acknowledges fewer
    // per second, and the point is to cut a stream of writes that is still going.
    const deadline = Date.now() + 60_000;
    while (acknowledged.size <= 25 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    killed = true;
    first.child.kill('SIGKILL');
    await Promise.all(writers);
    await new Promise<void>((resolve) =>
      first.child.exitCode !== null || first.child.signalCode !== null
        ? resolve()
        : first.child.once('exit', () => resolve()),
    );
    expect(acknowledged.size).toBeGreaterThan(20);

    const second = await startLakeProcess({ dataDir });
    running.push(second);
    const after = lakeClient(second.url, second.token);
    const pairs = await after.fetch<Array<{ _id: string; i: number }>>('*[_type == "pair"]{_id, i}');
    const present = new Map<number, number>();
    for (const pair of pairs) present.set(pair.i, (present.get(pair.i) ?? 0) + 1);

    for (const i of acknowledged) expect(present.get(i)).toBe(2); // every acknowledged write survived
    for (const [i, count] of present) {
      expect(sent.has(i)).toBe(true); // nothing that was never sent
      expect(count).toBe(2); // never half a transaction
    }
    const counter = await after.getDocument('counter');
    expect(counter?.n).toBe(present.size);
  });
});
