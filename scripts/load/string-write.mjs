// Why the site writes long pages as bytes: Node's own HTTP server answering with one string body, as `next start`
// answers a cached page (`res.end(html)` after setting Content-Length), at lengths either side of 65,536
// characters; text with a few non-ASCII characters (’, é: every page has some), the same length in plain ASCII,
// the same bytes as a Buffer, and the string written through the site's own server (apps/web's
// `installLongWritesAsBytes`, which `next start` installs). Prints the server's CPU per request and its ratio to the first row, all
// measured in this run. `npm run bench:string-write`.
import { spawn } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { processCpuMs } from '../lib/process-cpu.mjs';
import { measure } from './article.mjs';

const PORT = Number(process.env.BENCH_STRING_PORT ?? 3299);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const CONNECTIONS = 10;
const SITE_WRITES = fileURLToPath(new URL('../../apps/web/src/http/long-writes-as-bytes.ts', import.meta.url));

// The server: one response of `length` characters of HTML-like text (`kind`: "string", "string-ascii",
// "buffer" or "site", a string through the site's server), written with one `res.end`.
const SERVER = `
const http = require('node:http');
const [length, kind] = process.argv.slice(1);
if (kind === 'site') require(${JSON.stringify(SITE_WRITES)}).installLongWritesAsBytes();
const sentence = kind.endsWith('ascii') ? '<p>ketamine infusion evidence</p>' : '<p>ketamine’s evidence, café</p>';
const text = sentence.repeat(Math.ceil(length / sentence.length)).slice(0, Number(length));
const body = kind.startsWith('buffer') ? Buffer.from(text) : text;
http.createServer((req, res) => {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(body);
}).listen(${PORT}, '127.0.0.1', () => process.send('ready'));
`;

async function cpuPerRequest(length, kind) {
  const server = spawn(process.execPath, ['-e', SERVER, String(length), kind], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  await new Promise((resolve) => server.once('message', resolve));
  try {
    const before = processCpuMs(server.pid);
    const figures = await measure(`http://127.0.0.1:${PORT}/`, { connections: CONNECTIONS, seconds: SECONDS });
    return { ...figures, cpuMs: (processCpuMs(server.pid) - before) / figures.requests };
  } finally {
    server.kill();
    await new Promise((resolve) => server.once('exit', resolve));
  }
}

// The response's head (status line and the headers above plus Date, Connection, Keep-Alive) is about 150
// characters; the body lengths below put the whole string either side of 65,536.
const rows = [];
for (const [length, kind] of [
  [40_000, 'string'],
  [65_000, 'string'],
  [66_000, 'string'],
  [90_000, 'string'],
  [66_000, 'string-ascii'],
  [90_000, 'string-ascii'],
  [66_000, 'buffer'],
  [90_000, 'buffer'],
  [66_000, 'site'],
  [90_000, 'site'],
]) {
  rows.push({ length, kind, ...(await cpuPerRequest(length, kind)) });
}
const base = rows[0].cpuMs;
console.log(`${CONNECTIONS} connections × ${SECONDS} s per row, loopback; load average ${os.loadavg().map((v) => v.toFixed(2)).join(' ')}`);
console.log('body characters  body as       req/s  server CPU ms/req  ratio to first row');
for (const row of rows) {
  console.log(
    `${String(row.length).padStart(15)}  ${row.kind.padEnd(12)}  ${String(row.rps).padStart(5)}  ${row.cpuMs.toFixed(3).padStart(17)}  ${(row.cpuMs / base).toFixed(2).padStart(18)}`,
  );
}
