// Write latency over HTTP: `npm run bench:write -w @clinic/local-lake`. Each write is a one-document patch
// transaction acknowledged after SQLite commits it with synchronous=FULL (fsync), sent one at a time.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient } from '@sanity/client';
import { startLake } from '../src/index.ts';
import { lakeClientConfig } from '../src/settings.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 300);
// `--generated N` stores N generated articles first, to see whether a larger dataset slows writes down.
const generatedIndex = process.argv.indexOf('--generated');
const generated = generatedIndex === -1 ? 0 : Number(process.argv[generatedIndex + 1] ?? 10_000);

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-lake-bench-write-'));
  const lake = await startLake({
    port: 0,
    tlsPort: null,
    dataDir,
    seedDir: path.join(dataDir, 'no-seed'),
    log: () => {},
  });
  const client = createClient({
    ...lakeClientConfig(lake.url),
    apiVersion: '2025-02-19',
    token: lake.token,
  });
  await client.create({ _id: 'bench-doc', _type: 'note', title: 'Bench', count: 0 });
  for (let start = 0; start < generated; start += 1000) {
    const batch = client.transaction();
    for (let i = start; i < Math.min(generated, start + 1000); i++) {
      batch.create({
        _id: `generated-${i}`,
        _type: 'article',
        title: `Generated ${i}`,
        body: 'Lorem ipsum '.repeat(40),
      });
    }
    await batch.commit();
  }
  const measure = async (name: string, write: (i: number) => Promise<unknown>) => {
    for (let i = 0; i < 20; i++) await write(i);
    const times: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const started = performance.now();
      await write(i);
      times.push(performance.now() - started);
    }
    console.log(
      `${name.padEnd(40)} p50 ${percentile(times, 50).toFixed(2)} ms   p95 ${percentile(times, 95).toFixed(2)} ms`,
    );
  };
  console.log(
    `${ROUNDS} sequential writes each, ${generated + 1} documents stored, data folder on ${dataDir}`,
  );
  await measure('patch (set + inc) one document', (i) =>
    client
      .patch('bench-doc')
      .set({ title: `Bench ${i}` })
      .inc({ count: 1 })
      .commit(),
  );
  await measure('create one document', (i) => client.create({ _type: 'note', title: `Note ${i}` }));
  await lake.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

await main();
