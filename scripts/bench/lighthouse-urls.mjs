#!/usr/bin/env node
// `npm run bench:lighthouse -- <url> [<url> …]`: Lighthouse mobile on sites that are already running, the URLs
// taken in turn for BENCH_ROUNDS rounds (default 3), one run each per round, so every URL meets the machine in
// the same state. On a shared machine this is the only fair way to compare two builds (for example today's site
// against an earlier commit, scripts/load/README.md) or a page against the one-page app: scores of the same page
// move by about ten points between runs.
//
// Prints per round and URL: performance, LCP, TBT, FCP (ms), TBT as a ratio to the first URL's in the same round
// (put the one-page app first), Lighthouse's host benchmark index and the one-minute load average, after waiting
// (bounded) for that load average to fall below 1 (scripts/bench/quiet.mjs).
// Throws on a URL Lighthouse cannot score.
import { launchChromium } from './chromium.mjs';
import { waitForQuiet } from './quiet.mjs';

const urls = process.argv.slice(2);
if (urls.length === 0) {
  console.error('usage: npm run bench:lighthouse -- <url> [<url> …]');
  process.exit(2);
}
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
process.env.BENCH_LIGHTHOUSE_RUNS = '1'; // one run per URL and round; the rounds give the spread
const { lighthouseFigures } = await import('./lighthouse.mjs');

const chromium = await launchChromium();
try {
  console.log('round  performance  LCP ms  TBT ms  FCP ms  TBT ratio  host index  load avg  url');
  for (let round = 1; round <= rounds; round++) {
    let firstTbt = null;
    for (const url of urls) {
      const { load } = await waitForQuiet();
      const figures = await lighthouseFigures(url, chromium.port);
      firstTbt ??= figures.tbtMs;
      const ratio = firstTbt > 0 ? (figures.tbtMs / firstTbt).toFixed(2) : '–';
      console.log(
        [
          round,
          figures.performance,
          figures.lcpMs,
          figures.tbtMs,
          figures.fcpMs,
          ratio,
          figures.benchmarkIndex,
          load.toFixed(2),
        ]
          .map((value, i) => String(value).padStart([5, 11, 6, 6, 6, 9, 10, 8][i]))
          .join('  ') + `  ${url}`,
      );
    }
  }
} finally {
  await chromium.close();
}
