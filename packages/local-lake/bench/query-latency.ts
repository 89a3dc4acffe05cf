// Query latency over HTTP on the sample dataset: `npm run bench -w @clinic/local-lake`.
// Starts a lake as its own process (`local-lake start`, as `npm run lake` does) on a temporary copy of the seed (or
// `LOCAL_LAKE_SEED_DIR`), once to import it and again to measure, runs typical site queries and the Studio's search through @sanity/client and prints
// p50/p95 per query, beside groq-js evaluating the same query (for `text::query`, its plain `match` equivalent) in
// this process over the same published documents, and the ratio of the two p95s; then the lake process's resident
// memory (now and at its peak, query workers included) and the machine's load average. `--generated N` adds N
// generated articles first.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createClient } from '@sanity/client';
import { evaluate, parse } from 'groq-js';
import { repoRoot } from '../src/config.ts';
import { startLakeProcess } from '../src/process.ts';
import { lakeClientConfig } from '../src/settings.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
/** groq-js over tens of thousands of documents takes a while per query: fewer rounds are enough for its p95. */
const GROQ_JS_ROUNDS = Number(process.env.BENCH_GROQ_JS_ROUNDS ?? 30);
const generatedIndex = process.argv.indexOf('--generated');
const generated = generatedIndex === -1 ? 0 : Number(process.argv[generatedIndex + 1] ?? 10_000);

const QUERIES: Record<string, { query: string; params?: Record<string, unknown>; groqJs?: string }> = {
  'home (settings, clinic, 3 articles, benefits)': {
    query: `{
      "settings": *[_type == "siteSettings"][0],
      "clinic": *[_type == "clinic"] | order(isPrimary desc)[0],
      "articles": *[_type == "article" && defined(slug.current)] | order(_updatedAt desc)[0...3]{_id, title, "slug": slug.current},
      "benefits": *[_type == "benefit"]{_id, title}
    }`,
  },
  'article by slug with reviewer': {
    query: `*[_type == "article" && slug.current == $slug][0]{..., medicalReviewer->{name}}`,
    params: { slug: 'safety' },
  },
  'article list page': {
    query: `*[_type == "article"] | order(_id asc)[0...10]{_id, title, "slug": slug.current}`,
  },
  'articles of a topic (type filter)': {
    query: `*[_type == "article" && topic == "safety"][0...20]{_id, title}`,
  },
  'documents referring to one (references)': {
    query: `*[references($id)]{_id}`,
    params: { id: 'person-sample-reviewer' },
  },
  'Studio search box (text::query, groq2024 shape)': {
    query: `*[_type in $__types] | score(boost(_type in ["article"] && title match text::query($__query), 10), ([@, _id] match text::query($__query) || references($__rawQuery))) [_score > 0] {_type, _id} | order(_score desc) [0...$__limit]`,
    params: { __types: ['article'], __query: 'generated 4242*', __rawQuery: 'generated 4242', __limit: 51 },
    groqJs: `*[_type in $__types] | score(boost(_type in ["article"] && title match "generated 4242*", 10), ([title, body[].children[].text] match "generated 4242*" || references($__rawQuery))) [_score > 0] {_type, _id} | order(_score desc) [0...$__limit]`,
  },
};

async function main(): Promise<void> {
  const seedDir = process.env.LOCAL_LAKE_SEED_DIR ?? pickSeedDir();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-lake-bench-'));
  if (generated > 0) writeGeneratedSeed(seedDir, dataDir, generated);
  const lakeOptions = {
    port: 0,
    tlsPort: 'off',
    dataDir: path.join(dataDir, 'lake'),
    seedDir: generated > 0 ? path.join(dataDir, 'seed') : seedDir,
    startTimeoutMs: 600_000,
  } as const;
  // The first start imports the seed; the lake is measured as it runs from then on: started again on its data.
  const importing = await startLakeProcess(lakeOptions);
  const imported = residentMemory(importing.child.pid as number);
  await importing.stop();
  const lake = await startLakeProcess(lakeOptions);
  const client = createClient({
    ...lakeClientConfig(lake.url),
    apiVersion: '2025-02-19',
  });
  const documentCount = await client
    .withConfig({ token: lake.token })
    .fetch<number>('count(*)', {}, { perspective: 'raw' });
  console.log(
    `dataset: ${documentCount} documents (seed ${seedDir}${generated ? `, +${generated} generated` : ''}), ${ROUNDS} rounds per query, load average ${os.loadavg()[0]!.toFixed(2)}`,
  );
  const timings: Array<{
    name: string;
    query: string;
    groqJs: string;
    params: Record<string, unknown>;
    lake: number[];
  }> = [];
  for (const [name, { query, params = {}, groqJs = query }] of Object.entries(QUERIES)) {
    for (let i = 0; i < 20; i++) await client.fetch(query, params); // warm up
    const times: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const started = performance.now();
      await client.fetch(query, params);
      times.push(performance.now() - started);
    }
    timings.push({ name, query, groqJs, params, lake: times });
  }
  const memory = residentMemory(lake.child.pid as number);
  // groq-js in this process, over the published documents the lake serves.
  const published = await client.fetch<unknown[]>('*');
  for (const { name, groqJs, params, lake: times } of timings) {
    const tree = parse(groqJs, { params });
    const reference: number[] = [];
    for (let i = 0; i < Math.min(ROUNDS, GROQ_JS_ROUNDS); i++) {
      const started = performance.now();
      await (await evaluate(tree, { dataset: published, params })).get();
      reference.push(performance.now() - started);
    }
    const lakeP95 = percentile(times, 95);
    const groqP95 = percentile(reference, 95);
    console.log(
      `${name.padEnd(48)} lake p50 ${percentile(times, 50).toFixed(2)} ms  p95 ${lakeP95.toFixed(2)} ms   groq-js p95 ${groqP95.toFixed(2)} ms   lake/groq-js ${(lakeP95 / groqP95).toFixed(2)}`,
    );
  }
  console.log(
    `lake process resident memory after its queries: ${memory.now} MB, peak ${memory.peak} MB (query workers included; while importing the seed: ${imported.peak} MB); load average ${os.loadavg()[0]!.toFixed(2)}`,
  );
  await lake.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

/** A process's resident memory now and at its peak, in MB, from Linux's `/proc/<pid>/status` (VmRSS, VmHWM). */
function residentMemory(pid: number): { now: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { now: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
}

function pickSeedDir(): string {
  const sample = path.join(repoRoot, 'sanity', 'seed');
  if (fs.existsSync(path.join(sample, 'production.ndjson'))) return sample;
  return path.join(repoRoot, 'packages', 'local-lake', 'test', 'fixtures');
}

function writeGeneratedSeed(seedDir: string, dataDir: string, count: number): void {
  const target = path.join(dataDir, 'seed');
  fs.mkdirSync(target, { recursive: true });
  if (fs.existsSync(path.join(seedDir, 'images')))
    fs.cpSync(path.join(seedDir, 'images'), path.join(target, 'images'), { recursive: true });
  const file = fs.openSync(path.join(target, 'production.ndjson'), 'w');
  fs.writeSync(file, `${fs.readFileSync(path.join(seedDir, 'production.ndjson'), 'utf8').trimEnd()}\n`);
  for (let i = 0; i < count; i++) {
    fs.writeSync(
      file,
      `${JSON.stringify({
        _id: `generated-article-${i}`,
        _type: 'article',
        title: `Generated article ${i}`,
        slug: { _type: 'slug', current: `generated-${i}` },
        topic: ['basics', 'safety', 'research'][i % 3],
        body: [
          { _type: 'block', _key: 'b', children: [{ _type: 'span', _key: 's', text: 'Lorem '.repeat(40) }] },
        ],
      })}\n`,
    );
  }
  fs.closeSync(file);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

await main();
