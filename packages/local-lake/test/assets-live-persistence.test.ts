import { afterAll, describe, expect, it } from '@jest/globals';
import { createImageUrlBuilder } from '@sanity/image-url';
import sharp from 'sharp';
import { lakeClient } from './helpers/clients.ts';
import { startLakeProcess, tempDataDir, type LakeProcess } from './helpers/lake-process.ts';

const running: LakeProcess[] = [];
afterAll(async () => {
  await Promise.all(running.map((lake) => lake.stop()));
});

async function start(options: Parameters<typeof startLakeProcess>[0] = {}): Promise<LakeProcess> {
  const lake = await startLakeProcess(options);
  running.push(lake);
  return lake;
}

describe('images', () => {
  it('imports seed images as sanity.imageAsset documents with their dimensions', async () => {
    const lake = await start();
    const photo = await lakeClient(lake.url).fetch('*[_id == "clinic-sacramento"][0].photo{alt, asset->}');
    expect(photo.alt).toBe('A quiet waiting room');
    expect(photo.asset._id).toMatch(/^image-[a-f0-9]{40}-120x80-png$/);
    expect(photo.asset._type).toBe('sanity.imageAsset');
    expect(photo.asset.metadata.dimensions).toMatchObject({ width: 120, height: 80, aspectRatio: 1.5 });
    expect(photo.asset.metadata.lqip).toMatch(/^data:image\/jpeg;base64,/);
  });

  it('serves images at @sanity/image-url URLs, resized and converted', async () => {
    const lake = await start();
    const photo = await lakeClient(lake.url).fetch('*[_id == "clinic-sacramento"][0].photo');
    const builder = createImageUrlBuilder({ projectId: 'local', dataset: 'production', baseUrl: lake.url });

    const original = await fetch(builder.image(photo).url());
    expect(original.status).toBe(200);
    expect(original.headers.get('content-type')).toBe('image/png');
    expect(await sharp(Buffer.from(await original.arrayBuffer())).metadata()).toMatchObject({
      width: 120,
      height: 80,
    });

    const resized = await fetch(builder.image(photo).width(60).format('webp').url());
    expect(resized.headers.get('content-type')).toBe('image/webp');
    const meta = await sharp(Buffer.from(await resized.arrayBuffer())).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 60, height: 40 });

    const cropped = await fetch(builder.image(photo).width(50).height(50).fit('crop').url());
    expect(await sharp(Buffer.from(await cropped.arrayBuffer())).metadata()).toMatchObject({
      width: 50,
      height: 50,
    });

    const missing = await fetch(`${lake.url}/images/local/production/${'0'.repeat(40)}-10x10.png`);
    expect(missing.status).toBe(404);
  });
});

describe('live events', () => {
  it('welcomes a subscriber of the live events stream', async () => {
    const lake = await start();
    const client = lakeClient(lake.url);
    const first = await new Promise<{ type: string }>((resolve, reject) => {
      const subscription = client.live.events().subscribe({
        next: (event) => {
          subscription.unsubscribe();
          resolve(event);
        },
        error: reject,
      });
    });
    expect(first.type).toBe('welcome');
  });
});

describe('persistence', () => {
  it('keeps the data folder across restarts and does not load the seed again', async () => {
    const dataDir = tempDataDir();
    const first = await start({ dataDir });
    const before = await lakeClient(first.url).fetch('*[_type == "article"]{_id, _rev}');
    await first.stop();

    // A second start with a different seed folder must keep what is there.
    const second = await start({ dataDir, seedDir: '/nonexistent-seed' });
    const after = await lakeClient(second.url).fetch('*[_type == "article"]{_id, _rev}');
    expect(after).toEqual(before);
    expect(after.length).toBe(2);
  });

  it('refuses a second lake on the same data folder, which would serve stale content', async () => {
    const dataDir = tempDataDir();
    await start({ dataDir });
    await expect(startLakeProcess({ dataDir })).rejects.toThrow(/Another local lake \(pid \d+\) is using/);
  });

  it('starts empty and says so when there is no seed', async () => {
    const lake = await start({ seedDir: '/nonexistent-seed' });
    expect(await lakeClient(lake.url).fetch('count(*)')).toBe(0);
    expect(lake.logs.join('')).toContain('no seed');
  });
});

describe('asset upload', () => {
  it('stores an uploaded image once, with its dimensions, and serves it', async () => {
    const lake = await start();
    const client = lakeClient(lake.url, lake.token);
    const png = await sharp({ create: { width: 64, height: 32, channels: 3, background: '#336699' } })
      .png()
      .toBuffer();
    const asset = await client.assets.upload('image', png, { filename: 'banner.png' });
    expect(asset._id).toMatch(/^image-[a-f0-9]{40}-64x32-png$/);
    expect(asset.originalFilename).toBe('banner.png');
    expect(asset.metadata.dimensions).toMatchObject({ width: 64, height: 32 });

    const again = await client.assets.upload('image', png, { filename: 'copy.png' });
    expect(again._id).toBe(asset._id);
    expect(
      await client.fetch('count(*[_type == "sanity.imageAsset" && _id == $id])', { id: asset._id }),
    ).toBe(1);

    const served = await fetch(`${lake.url}/${asset.path}?w=16`);
    expect(await sharp(Buffer.from(await served.arrayBuffer())).metadata()).toMatchObject({
      width: 16,
      height: 8,
    });

    const file = await client.assets.upload('file', Buffer.from('%PDF-1.4 consent form'), {
      filename: 'consent.pdf',
    });
    expect(file).toMatchObject({ _type: 'sanity.fileAsset', extension: 'pdf', mimeType: 'application/pdf' });
    const download = await fetch(file.url);
    expect(await download.text()).toBe('%PDF-1.4 consent form');

    await expect(client.assets.upload('image', Buffer.from('not an image'))).rejects.toMatchObject({
      statusCode: 400,
    });
    await expect(lakeClient(lake.url).assets.upload('image', png)).rejects.toMatchObject({ statusCode: 401 });
  });
});
