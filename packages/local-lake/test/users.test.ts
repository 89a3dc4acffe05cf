// Several people sign in to one lake, each with a token listed in `<data>/users.json`; the Studio's user endpoints
// and the history tell them apart. Shapes follow https://www.sanity.io/docs/http-reference/users (GET /users/me,
// /users/:id) and https://www.sanity.io/docs/http-reference/history (transactions carry their `author`).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startLakeProcess, tempDataDir, type LakeProcess } from './helpers/lake-process.ts';

const cliFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'src', 'cli.ts');

interface ListedUser {
  id: string;
  name: string;
  token?: string;
}

let lake: LakeProcess;
let marketing: ListedUser & { token: string };
let reviewer: ListedUser & { token: string };

/** `local-lake add-user …` against the data folder of the running lake; returns the user it listed. */
async function addUser(dataDir: string, ...args: string[]): Promise<ListedUser & { token: string }> {
  const { stdout } = await promisify(execFile)(process.execPath, [cliFile, 'add-user', ...args], {
    env: { ...process.env, NODE_OPTIONS: '', LOCAL_LAKE_DATA_DIR: dataDir },
  });
  const users = JSON.parse(fs.readFileSync(path.join(dataDir, 'users.json'), 'utf8')) as ListedUser[];
  const added = users.at(-1)!;
  expect(stdout).toContain(added.token);
  return added as ListedUser & { token: string };
}

beforeAll(async () => {
  const dataDir = tempDataDir();
  lake = await startLakeProcess({ dataDir });
  // Added while the lake runs: it picks up the changed file without a restart.
  marketing = await addUser(dataDir, 'Marketing', '--email', 'marketing@clinic.example');
  reviewer = await addUser(dataDir, 'Medical', 'reviewer');
});

afterAll(async () => {
  await lake?.stop();
});

async function get(urlPath: string, token?: string) {
  const response = await fetch(`${lake.url}${urlPath}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('the users of a lake', () => {
  it('starts with the editor, who keeps the lake token, and lists added users with their own tokens', () => {
    const users = JSON.parse(fs.readFileSync(path.join(lake.dataDir, 'users.json'), 'utf8')) as ListedUser[];
    expect(users.map((user) => [user.id, user.name])).toEqual([
      ['p-local-editor', 'Editor'],
      ['p-marketing', 'Marketing'],
      ['p-medical-reviewer', 'Medical reviewer'],
    ]);
    expect(users[0]!.token).toBeUndefined();
    expect(new Set([lake.token, marketing.token, reviewer.token]).size).toBe(3);
  });

  it('answers /users/me for whoever holds the token, and nobody for an unknown token', async () => {
    expect((await get('/v2026-05-04/users/me', lake.token)).body).toMatchObject({
      id: 'p-local-editor',
      name: 'Editor',
    });
    expect((await get('/v2026-05-04/users/me', marketing.token)).body).toMatchObject({
      id: 'p-marketing',
      name: 'Marketing',
      email: 'marketing@clinic.example',
    });
    expect((await get('/v2026-05-04/users/me', reviewer.token)).body).toMatchObject({
      id: 'p-medical-reviewer',
      name: 'Medical reviewer',
    });
    expect((await get('/v2026-05-04/users/me', 'x'.repeat(40))).body).toEqual({});
  });

  it('describes users by id, one as an object and several as a list with null for unknown ids', async () => {
    expect((await get('/v2021-06-07/users/p-marketing', lake.token)).body).toMatchObject({
      id: 'p-marketing',
      displayName: 'Marketing',
    });
    const several = await get('/v2021-06-07/users/p-local-editor,p-medical-reviewer,p-nobody', lake.token);
    expect(several.body).toEqual([
      expect.objectContaining({ id: 'p-local-editor', displayName: 'Editor' }),
      expect.objectContaining({ id: 'p-medical-reviewer', displayName: 'Medical reviewer' }),
      null,
    ]);
    const project = await get('/v2021-12-15/projects/local', reviewer.token);
    const members = project.body.members as Array<{ id: string; isCurrentUser: boolean }>;
    expect(members.filter((member) => member.isCurrentUser).map((member) => member.id)).toEqual([
      'p-medical-reviewer',
    ]);
  });

  it('records in the history who made each change, through mutations and actions alike', async () => {
    const write = (token: string, endpoint: string, body: unknown) =>
      fetch(`${lake.url}/v2025-02-19/data/${endpoint}/production`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then(async (response) => {
        expect(response.status).toBe(200);
        return (await response.json()) as { transactionId: string };
      });
    const id = 'drafts.clinic-phone-history';
    const created = await write(lake.token, 'mutate', {
      mutations: [{ create: { _id: id, _type: 'clinic', name: 'Clinic', phone: '+19165550100' } }],
    });
    const byMarketing = await write(marketing.token, 'mutate', {
      mutations: [{ patch: { id, set: { phone: '+19165550142' } } }],
    });
    const byReviewer = await write(reviewer.token, 'actions', {
      actions: [
        {
          actionType: 'sanity.action.document.edit',
          draftId: id,
          publishedId: 'clinic-phone-history',
          patch: { set: { name: 'Clinic (reviewed)' } },
        },
      ],
    });
    const response = await fetch(`${lake.url}/v2025-02-19/data/history/production/transactions/${id}`, {
      headers: { authorization: `Bearer ${lake.token}` },
    });
    const authors = (await response.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; author: string })
      .map((entry) => [entry.id, entry.author]);
    expect(authors).toEqual([
      [created.transactionId, 'p-local-editor'],
      [byMarketing.transactionId, 'p-marketing'],
      [byReviewer.transactionId, 'p-medical-reviewer'],
    ]);
  });

  it('refuses writes with a token nobody holds', async () => {
    const response = await fetch(`${lake.url}/v2025-02-19/data/mutate/production`, {
      method: 'POST',
      headers: { authorization: `Bearer ${'y'.repeat(40)}`, 'content-type': 'application/json' },
      body: JSON.stringify({ mutations: [{ create: { _id: 'drafts.nope', _type: 'clinic' } }] }),
    });
    expect(response.status).toBe(401);
  });
});

describe('a users.json the lake cannot use', () => {
  it('stops the start with a message naming the fault', async () => {
    const dataDir = tempDataDir();
    fs.writeFileSync(
      path.join(dataDir, 'users.json'),
      JSON.stringify([{ id: 'p-short', name: 'Short token', token: 'abc' }]),
    );
    await expect(startLakeProcess({ dataDir })).rejects.toThrow(/users\.json\[0\]\.token must be a string/);
  });
});
