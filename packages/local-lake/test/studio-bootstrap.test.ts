import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLakeProcess, type LakeProcess } from './helpers/lake-process.ts';

let lake: LakeProcess;

beforeAll(async () => {
  lake = await startLakeProcess();
});

afterAll(async () => {
  await lake?.stop();
});

async function get(path: string, token?: string) {
  const response = await fetch(`${lake.url}${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

describe('what a Studio asks on load', () => {
  it('knows the editor only with the token', async () => {
    expect(await get('/v2026-05-04/users/me')).toEqual({ status: 200, body: {} });
    const me = await get('/v2026-05-04/users/me', lake.token);
    expect(me.body).toMatchObject({ id: expect.any(String), name: 'Editor', role: 'administrator' });
  });

  it('describes the project, its dataset and the editor’s permissions', async () => {
    const project = await get(
      '/v2021-12-15/projects/local?includeMembers=false&includeOrganization=true',
      lake.token,
    );
    expect(project.body).toMatchObject({
      id: 'local',
      members: [expect.objectContaining({ isCurrentUser: true })],
    });
    expect((await get('/v2025-02-19/projects/other', lake.token)).status).toBe(404);

    const datasets = await get('/v2025-02-19/projects/local/datasets', lake.token);
    expect(datasets.body).toEqual([expect.objectContaining({ name: 'production' })]);
    const comments = await get(
      '/v2025-02-19/projects/local/datasets?datasetProfile=comments&addonFor=production',
      lake.token,
    );
    expect(comments.body).toEqual([]);

    const acl = await get('/v2021-06-07/projects/local/datasets/production/acl', lake.token);
    expect(acl.body).toEqual([
      expect.objectContaining({
        filter: '_id in path("**")',
        permissions: expect.arrayContaining(['read', 'update']),
      }),
    ]);
    const anonymousAcl = await get('/v2021-06-07/projects/local/datasets/production/acl');
    expect(JSON.stringify(anonymousAcl.body)).not.toContain('update');
  });

  it('answers the remaining bootstrap calls', async () => {
    for (const path of [
      '/v2025-02-19/projects/local/grants',
      '/v2025-02-19/projects/local/user-applications',
      '/v2025-02-19/features',
      '/v2023-12-18/intake/telemetry-status',
      '/v1/help?m=sanity@6.9.2',
      '/v2025-03-01/ping',
      '/v2025-02-19/journey/announcements',
      '/v2025-02-19/journey/document-limit',
      '/v2025-02-19/schedules/local/production?limit=1',
    ]) {
      expect([path, (await get(path, lake.token)).status]).toEqual([path, 200]);
    }
    expect(lake.logs.join('')).not.toContain('UNKNOWN ENDPOINT');
  });

  it('keeps Studio UI state across restarts', async () => {
    const put = await fetch(`${lake.url}/v2025-02-19/users/me/keyvalue`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${lake.token}`, 'content-type': 'application/json' },
      body: JSON.stringify([{ key: 'studio.structure-tool.layout', value: { panes: 2 } }]),
    });
    expect(put.status).toBe(200);
    await lake.stop();
    lake = await startLakeProcess({ dataDir: lake.dataDir });
    const got = await get(
      '/v2025-02-19/users/me/keyvalue/studio.structure-tool.layout,unknown.key',
      lake.token,
    );
    expect(got.body).toEqual([
      { key: 'studio.structure-tool.layout', value: { panes: 2 } },
      { key: 'unknown.key', value: null },
    ]);
  });

  it('answers a plain GET of the presence socket with 426, asking for the WebSocket upgrade', async () => {
    expect((await get('/v2022-06-30/socket/production', lake.token)).status).toBe(426);
  });
});

describe('serving a built Studio from the lake origin', () => {
  it('serves the Studio files and its client-side routes, while API paths stay API', async () => {
    const studioDir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-dist-'));
    fs.mkdirSync(path.join(studioDir, 'static'));
    fs.writeFileSync(path.join(studioDir, 'index.html'), '<!doctype html><title>Studio</title>');
    fs.writeFileSync(path.join(studioDir, 'static', 'app-abcdef1234.js'), 'console.log(1)');
    const withStudio = await startLakeProcess({ env: { LOCAL_LAKE_STUDIO_DIR: studioDir } });
    try {
      const page = await fetch(`${withStudio.url}/structure/clinic;clinic-1`, {
        headers: { accept: 'text/html' },
      });
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(await page.text()).toContain('<title>Studio</title>');
      const script = await fetch(`${withStudio.url}/static/app-abcdef1234.js`);
      expect(script.headers.get('content-type')).toContain('javascript');
      expect((await fetch(`${withStudio.url}/static/missing.js`)).status).toBe(404);
      expect(
        await (
          await fetch(`${withStudio.url}/%2e%2e/%2e%2e/etc/passwd`, { headers: { accept: 'text/html' } })
        ).text(),
      ).not.toContain('root:');
      expect((await fetch(`${withStudio.url}/v2025-02-19/not-an-endpoint`)).status).toBe(404);
      const claim = await fetch(`${withStudio.url}/v2025-02-19/descriptors/claim`, {
        method: 'POST',
        headers: { authorization: `Bearer ${withStudio.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ descriptorId: 'x', contextKey: 'dataset:local:production' }),
      });
      expect(await claim.json()).toEqual({ synchronization: { type: 'complete' } });
    } finally {
      await withStudio.stop();
      fs.rmSync(studioDir, { recursive: true, force: true });
    }
  });
});
