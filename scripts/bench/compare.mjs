#!/usr/bin/env node
// `npm run bench:compare`: the site's article page and home page against a one-page Next.js app of the same Next
// version, measured side by side in one run so that the machine's load affects all three alike.
//
// Builds the site into apps/web/.next-compare (fresh lake, sample dataset, temporary data folder) and the one-page
// app in a temporary folder under the repository (so it resolves the repository's own `next`), starts both with
// `next start`, then for BENCH_ROUNDS rounds (default 3) loads each page with autocannon, BENCH_CONNECTIONS (20)
// connections for BENCH_SECONDS (10) s, rotating the order every round. Prints per round requests/s, p50, p99 and
// the load average; then the medians, the ratios to the one-page app, and cold (first request after start) and
// warm (median of sequential requests) time to first byte, and the CPU each request cost: the server's (its whole
// process group, from /proc) and this process's as the load generator, in ms per request, which the machine's
// load does not change the way it changes requests/s. The lake's CPU during the load shows whether cached pages
// still query it. Removes everything it created.
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { startLakeProcess } from '@clinic/local-lake/process';
import { processCpuMs, processGroupCpuMs } from '../lib/process-cpu.mjs';
import { startReferenceApp } from '../lib/reference-app.mjs';
import { localSiteEnv, nextBuild, startBuiltSite } from '../lib/site-process.mjs';
import { firstArticlePath, measure } from '../load/article.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const WARM_SAMPLES = 50;
const LAKE_PORT = Number(process.env.BENCH_LAKE_PORT ?? 3980);
const SITE_PORT = Number(process.env.BENCH_SITE_PORT ?? 3250);
const REFERENCE_PORT = Number(process.env.BENCH_REFERENCE_PORT ?? 3251);

/** Milliseconds from sending a GET to receiving the response headers (the first byte), body drained. */
function timeToFirstByte(url) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const request = http.get(url, (response) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      response.resume();
      response.on('end', () => resolve(ms));
    });
    request.on('error', reject);
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const loadAverage = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
const fixed = (value, digits = 1) => (typeof value === 'number' ? value.toFixed(digits) : '–');

function printTable(header, rows) {
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => String(row[i]).length)),
  );
  const line = (cells) => cells.map((cell, i) => String(cell).padStart(widths[i])).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
}

async function main() {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'compare-lake-'));
  const env = {
    ...localSiteEnv({ lakePort: LAKE_PORT, sitePort: SITE_PORT, dataDir }),
    NEXT_DIST_DIR: '.next-compare',
  };
  let lake;
  let site;
  let reference;
  try {
    lake = await startLakeProcess({ env });
    console.log('Building the site (next build)…');
    await nextBuild(env);
    reference = await startReferenceApp(REFERENCE_PORT);

    site = await startBuiltSite(SITE_PORT, env);
    const targets = [
      { name: 'article', url: `${site.url}${await firstArticlePath(lake.url)}`, server: site },
      { name: 'home', url: `${site.url}/`, server: site },
      { name: 'one-page app', url: `${reference.url}/`, server: reference },
    ];

    // Cold: the first request each server answers for that page after starting; then warm up and sample.
    for (const target of targets) target.coldTtfb = await timeToFirstByte(target.url);
    // Page weight matters twice: bytes to send, and past 64 Ki characters a slower write in Node
    // (scripts/load/README.md, "Page weight").
    for (const target of targets)
      target.htmlBytes = (await (await fetch(target.url)).arrayBuffer()).byteLength;
    for (const target of targets) {
      for (let i = 0; i < 20; i++) await timeToFirstByte(target.url);
      const samples = [];
      for (let i = 0; i < WARM_SAMPLES; i++) samples.push(await timeToFirstByte(target.url));
      target.warmTtfb = median(samples);
      target.rounds = [];
      target.cpu = { server: 0, client: 0, requests: 0 };
    }
    const lakeCpuBefore = processCpuMs(lake.child.pid);

    console.log(
      `\nLoad: ${CONNECTIONS} connections × ${SECONDS} s per page and round, loopback, ${ROUNDS} rounds`,
    );
    const roundRows = [];
    for (let round = 0; round < ROUNDS; round++) {
      // Rotate the order so no page always runs first (or right after the heaviest one).
      const order = targets.map((_, i) => targets[(i + round) % targets.length]);
      for (const target of order) {
        const before = loadAverage();
        const serverCpuBefore = processGroupCpuMs(target.server.pgid);
        const clientCpuBefore = process.cpuUsage();
        const figures = await measure(target.url, { connections: CONNECTIONS, seconds: SECONDS });
        const clientCpu = process.cpuUsage(clientCpuBefore);
        target.cpu.server += processGroupCpuMs(target.server.pgid) - serverCpuBefore;
        target.cpu.client += (clientCpu.user + clientCpu.system) / 1000;
        target.cpu.requests += figures.requests;
        target.rounds.push(figures);
        roundRows.push([
          round + 1,
          target.name,
          figures.rps,
          figures.p50ms,
          figures.p99ms,
          figures.errors + figures.timeouts + figures.non2xx,
          before,
        ]);
      }
    }
    printTable(
      ['round', 'page', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'load avg 1/5/15 min (at start)'],
      roundRows,
    );

    const onePage = targets.at(-1);
    const referenceRps = median(onePage.rounds.map((figures) => figures.rps));
    console.log(
      `\nMedians over the rounds; ratio = this page's req/s ÷ the one-page app's, per round and of the medians`,
    );
    printTable(
      [
        'page',
        'HTML bytes',
        'req/s',
        'p50 ms',
        'p99 ms',
        'ratio',
        'ratio per round',
        'TTFB cold ms',
        'TTFB warm ms',
        'server CPU ms/req',
        'load generator CPU ms/req',
      ],
      targets.map((target) => {
        const rps = median(target.rounds.map((figures) => figures.rps));
        const perRound = target.rounds.map((figures, i) => fixed(figures.rps / onePage.rounds[i].rps, 2));
        return [
          target.name,
          target.htmlBytes,
          rps,
          median(target.rounds.map((figures) => figures.p50ms)),
          median(target.rounds.map((figures) => figures.p99ms)),
          fixed(rps / referenceRps, 2),
          perRound.join(' '),
          fixed(target.coldTtfb),
          fixed(target.warmTtfb, 2),
          fixed(target.cpu.server / target.cpu.requests, 3),
          fixed(target.cpu.client / target.cpu.requests, 3),
        ];
      }),
    );
    const lakeCpu = processCpuMs(lake.child.pid) - lakeCpuBefore;
    const requests = targets.slice(0, 2).reduce((sum, target) => sum + target.cpu.requests, 0);
    console.log(
      `\nThe lake's CPU during the ${requests} requests to the site's pages: ${fixed(lakeCpu, 0)} ms`,
    );
    console.log(`Load average at the end: ${loadAverage()} (${os.cpus().length} cores)`);
    const failed = targets.some((target) => target.rounds.some((f) => f.errors + f.timeouts + f.non2xx > 0));
    if (failed) {
      console.error('FAILED: some requests did not get a 2xx answer');
      process.exitCode = 1;
    }
  } finally {
    await reference?.stop();
    await site?.stop();
    await lake?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
