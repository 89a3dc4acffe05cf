import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { isValidSignature, SIGNATURE_HEADER_NAME } from '@sanity/webhook';
import { lakeClient } from './helpers/clients.ts';
import { startLakeProcess, type LakeProcess } from './helpers/lake-process.ts';

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

const SECRET = 'revalidation-secret-for-tests';
const received: Received[] = [];
let receiver: http.Server;
let lake: LakeProcess;

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"revalidated":true}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const { port } = receiver.address() as AddressInfo;
  lake = await startLakeProcess({
    env: {
      LOCAL_LAKE_WEBHOOKS: JSON.stringify([
        {
          name: 'revalidate-clinic',
          url: `http://127.0.0.1:${port}/api/revalidate`,
          filter: '_type == "clinic"',
          projection: '{_id, _type, phone, "operation": delta::operation()}',
          secret: SECRET,
        },
      ]),
    },
  });
});

afterAll(async () => {
  await lake?.stop();
  await new Promise((resolve) => receiver.close(resolve));
});

async function waitForDeliveries(count: number): Promise<void> {
  const deadline = Date.now() + 5000;
  while (received.length < count && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('webhooks', () => {
  it('calls a matching webhook after publishing, signed so @sanity/webhook accepts it', async () => {
    const client = lakeClient(lake.url, lake.token);
    await client.create({ _id: 'drafts.clinic-sacramento', _type: 'clinic', phone: '+19165550199' });
    await client.create({ _id: 'unrelated-doc', _type: 'note' });
    await client.action({
      actionType: 'sanity.action.document.publish',
      draftId: 'drafts.clinic-sacramento',
      publishedId: 'clinic-sacramento',
    });
    await waitForDeliveries(1);
    await new Promise((resolve) => setTimeout(resolve, 200)); // nothing else should arrive
    expect(received).toHaveLength(1);
    const [delivery] = received;
    expect(JSON.parse(delivery!.body)).toEqual({
      _id: 'clinic-sacramento',
      _type: 'clinic',
      phone: '+19165550199',
      operation: 'update',
    });
    const signature = delivery!.headers[SIGNATURE_HEADER_NAME] as string;
    expect(await isValidSignature(delivery!.body, signature, SECRET)).toBe(true);
    expect(await isValidSignature(delivery!.body, signature, 'wrong-secret')).toBe(false);
    expect(delivery!.headers['sanity-document-id']).toBe('clinic-sacramento');
    expect(lake.logs.join('')).toContain('webhook "revalidate-clinic" update clinic-sacramento → 200');
  });
});
