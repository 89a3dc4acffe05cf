// A large photo's preview is served without waiting minutes: `auto=format` encodes a large output as WebP (AVIF
// only up to AUTO_AVIF_MAX_PIXELS, where it is quick), and the requests for one preview made while it is encoded
// share one encoding. `auto=format` lets the image API pick any format the browser accepts:
// https://www.sanity.io/docs/apis-and-sdks/image-urls#auto
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SanityClient } from '@sanity/client';
import sharp from 'sharp';
import { AUTO_AVIF_MAX_PIXELS } from '../src/http/image-transform.ts';
import { startLakeWithClient, type LakeProcess } from './helpers/lake-process.ts';

let lake: LakeProcess;
let client: SanityClient;
let photoPath: string;

const ACCEPT = 'image/avif,image/webp,image/apng,image/*,*/*;q=0.8';

beforeAll(async () => {
  ({ lake, client } = await startLakeWithClient());
  // A camera-sized photo (4000×3000) of noise, which no encoder can shortcut.
  const noise = Buffer.alloc(4000 * 3000 * 3);
  for (let index = 0; index < noise.length; index += 1) noise[index] = (index * 2654435761) >>> 24;
  const jpeg = await sharp(noise, { raw: { width: 4000, height: 3000, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer();
  photoPath = (await client.assets.upload('image', jpeg, { filename: 'photo.jpg' })).path as string;
}, 120_000);

afterAll(async () => {
  await lake?.stop();
});

const preview = (query: string) =>
  fetch(`${lake.url}/${photoPath}?${query}`, { headers: { accept: ACCEPT } });

describe('previews of a large photo', () => {
  it('is WebP for a 2000 px preview and AVIF for a thumbnail, both in the size asked for', async () => {
    const large = await preview('w=2000&fit=max&auto=format');
    expect(large.status).toBe(200);
    expect(large.headers.get('content-type')).toBe('image/webp');
    expect((await sharp(Buffer.from(await large.arrayBuffer())).metadata()).width).toBe(2000);
    const small = await preview('w=300&h=300&fit=crop&auto=format');
    expect(small.headers.get('content-type')).toBe('image/avif');
    expect(300 * 300).toBeLessThanOrEqual(AUTO_AVIF_MAX_PIXELS);
  }, 120_000);

  it('keeps an explicit fm=avif as asked', async () => {
    const asked = await preview('w=400&fm=avif');
    expect(asked.headers.get('content-type')).toBe('image/avif');
  }, 120_000);

  it('answers simultaneous requests for one new preview alike, and later ones from the cache', async () => {
    const query = 'w=1600&fit=max&auto=format&q=71';
    const started = Date.now();
    const answers = await Promise.all([1, 2, 3, 4].map(() => preview(query)));
    const together = Date.now() - started;
    const bodies = await Promise.all(answers.map(async (answer) => Buffer.from(await answer.arrayBuffer())));
    expect(new Set(bodies.map((body) => body.toString('base64'))).size).toBe(1);
    // One more, now from the cache.
    const cachedStart = Date.now();
    await (await preview(query)).arrayBuffer();
    console.log(
      `four simultaneous requests for a new 1600 px preview: ${together} ms; from the cache: ${Date.now() - cachedStart} ms`,
    );
  }, 120_000);
});
