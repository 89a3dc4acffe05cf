/**
 * @jest-environment node
 */
// A long page written as bytes reaches the client whole: the same characters, the declared length, the write's
// callback called; short writes and their encodings untouched. A real Node HTTP server on loopback.
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { asBytes, installLongWritesAsBytes, LONG_STRING } from './long-writes-as-bytes.ts';

const SENTENCE = '<p>La ketamina’s evidencia, café — “citada”.</p>';
const page = (characters: number) => SENTENCE.repeat(Math.ceil(characters / SENTENCE.length)).slice(0, characters);

let server: http.Server;
let base: string;
const callbacks: string[] = [];

beforeAll(async () => {
  installLongWritesAsBytes();
  installLongWritesAsBytes();
  server = http.createServer((request, response) => {
    const url = new URL(request.url!, 'http://localhost');
    const body = page(Number(url.searchParams.get('characters')));
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    if (url.pathname === '/end') {
      response.setHeader('Content-Length', Buffer.byteLength(body));
      response.end(body, 'utf8', () => callbacks.push(url.search));
    } else if (url.pathname === '/chunks') {
      response.write(body, () => callbacks.push(`write${url.search}`));
      response.write(body.slice(0, 100), 'latin1');
      response.end(body, () => callbacks.push(`end${url.search}`));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

it.each([1_000, LONG_STRING, LONG_STRING + 1, 65_536, 90_000, 300_000])(
  'a %i-character page answered with one end() arrives whole, with its Content-Length',
  async (characters) => {
    const response = await fetch(`${base}/end?characters=${characters}`);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(Number(response.headers.get('content-length'))).toBe(bytes.length);
    expect(bytes.toString('utf8')).toBe(page(characters));
    expect(callbacks).toContain(`?characters=${characters}`);
  },
);

it('writes in several chunks keep their order, their encodings and their callbacks', async () => {
  const characters = 70_000;
  const body = page(characters);
  const response = await fetch(`${base}/chunks?characters=${characters}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  expect(bytes.equals(Buffer.concat([Buffer.from(body), Buffer.from(body.slice(0, 100), 'latin1'), Buffer.from(body)]))).toBe(
    true,
  );
  expect(callbacks).toEqual(expect.arrayContaining([`write?characters=${characters}`, `end?characters=${characters}`]));
});

it('converts only strings longer than the limit, in their own encoding', () => {
  const short = page(LONG_STRING);
  expect(asBytes(short)).toBe(short);
  expect(asBytes(undefined)).toBeUndefined();
  const long = 'é'.repeat(LONG_STRING + 1);
  expect(asBytes(long, 'latin1')).toEqual(Buffer.from(long, 'latin1'));
  expect(asBytes(long)).toEqual(Buffer.from(long, 'utf8'));
});
