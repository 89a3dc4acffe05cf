// A refused upload shows the reason the lake gave: the local lake refuses a text file named .png, and the message
// the editor sees is the lake's own sentence, taken from the error @sanity/client (the Studio's client) raises.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startLake, type RunningLake } from '@clinic/local-lake';
import { createClient } from '@sanity/client';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { onUploadFailure, uploadFailureReason, withFailureReasons } from '../form/uploadReasons.tsx';

let lake: RunningLake;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'upload-reasons-'));
  lake = await startLake({
    port: 0,
    tlsPort: null,
    dataDir,
    seedDir: path.join(dataDir, 'no-seed'),
    log: () => {},
  });
});

afterAll(async () => {
  await lake.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function refusal(bytes: Buffer, filename: string): Promise<unknown> {
  const client = createClient({
    projectId: 'local',
    dataset: 'production',
    apiHost: lake.url,
    useProjectHostname: false,
    apiVersion: '2025-02-19',
    token: lake.token,
    useCdn: false,
  });
  try {
    await client.assets.upload('image', bytes, { filename });
  } catch (error) {
    return error;
  }
  throw new Error('the lake accepted the upload');
}

describe('the reason shown for a refused upload', () => {
  it("is the lake's own sentence for a text file named .png", async () => {
    const error = await refusal(Buffer.from('this is not an image\n'), 'photo.png');
    const reason = uploadFailureReason(error);
    expect(reason).toMatch(/image/i);
    expect(reason).not.toMatch(/console/i);
    expect(reason).toBe(String((error as { response: { body: { message: string } } }).response.body.message));
  });

  it("is the lake's own sentence for an empty file", async () => {
    expect(uploadFailureReason(await refusal(Buffer.alloc(0), 'empty.png'))).toBe('The upload is empty');
  });
});

describe('an asset source uploader wrapped to report reasons', () => {
  it('reports each failed file, and passes every event on unchanged', () => {
    type Subscriber = (event: { type: string; files: { status: string; error?: unknown }[] }) => void;
    class FakeBase {
      subscriber: Subscriber | null = null;
      subscribe(subscriber: Subscriber) {
        this.subscriber = subscriber;
        return () => {};
      }
    }
    const Wrapped = withFailureReasons(FakeBase as never) as unknown as typeof FakeBase;
    const uploader = new Wrapped();
    const seen: string[] = [];
    const reported: string[] = [];
    uploader.subscribe((event) => seen.push(event.type));
    const stop = onUploadFailure((reason) => reported.push(reason));
    uploader.subscriber!({
      type: 'error',
      files: [
        { status: 'error', error: { message: 'Not a readable image: bad header' } },
        { status: 'complete' },
      ],
    });
    uploader.subscriber!({ type: 'all-complete', files: [] });
    stop();
    expect(reported).toEqual(['Not a readable image: bad header']);
    expect(seen).toEqual(['error', 'all-complete']);
  });
});
