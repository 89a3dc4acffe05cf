// The people who sign in to the lake: `users.json` in the data folder, a JSON array of
// `{id, name, email, token}`. The editor (id `p-local-editor`) has no `token` entry: it signs in with the lake
// token (LOCAL_LAKE_TOKEN or `<data>/token`), which the scripts and tests read. Everyone else has their own token,
// so history and presence tell staff apart. The file is created on the first start with the editor alone, and is
// re-read when it changes, so `local-lake add-user` works while the lake runs. Every user may do everything.
import fs from 'node:fs';
import path from 'node:path';
import { generateToken, tokenMatches } from './auth.ts';

export const EDITOR_ID = 'p-local-editor';
const MIN_TOKEN_LENGTH = 32;

export interface LakeUser {
  /** Sanity user id, e.g. `p-local-editor`; what history's `author` and presence name. */
  id: string;
  /** Display name shown in the Studio's avatars, presence and history. */
  name: string;
  email: string;
  token: string;
}

/** What `users.json` holds for one person (the editor's token is the lake token, so it has none there). */
interface UserEntry {
  id: string;
  name: string;
  email: string;
  token?: string;
}

export class UsersFileError extends Error {}

/** `users.json` in a data folder. */
export function usersFile(dataDir: string): string {
  return path.join(dataDir, 'users.json');
}

const EDITOR_ENTRY: UserEntry = { id: EDITOR_ID, name: 'Editor', email: 'editor@localhost' };

/**
 * The users of a lake, looked up by token (each request) or id (`/users/:ids`, history authors). Creates
 * `users.json` with the editor when it is missing; throws UsersFileError at start when the file is invalid; a
 * later invalid edit is logged and the previous users stay in effect.
 */
export class UserDirectory {
  readonly #file: string;
  readonly #editorToken: string;
  readonly #log: (line: string) => void;
  #cache: { mtimeMs: number; users: LakeUser[] };

  constructor(dataDir: string, editorToken: string, log: (line: string) => void) {
    this.#file = usersFile(dataDir);
    this.#editorToken = editorToken;
    this.#log = log;
    if (!fs.existsSync(this.#file)) writeEntries(this.#file, [EDITOR_ENTRY]);
    this.#cache = this.#read();
  }

  /** Everyone in the file, the editor first. */
  all(): LakeUser[] {
    try {
      if (fs.statSync(this.#file).mtimeMs !== this.#cache.mtimeMs) this.#cache = this.#read();
    } catch (error) {
      this.#log(`${this.#file}: ${(error as Error).message}; keeping the users read before`);
    }
    return this.#cache.users;
  }

  /** The user holding `token` (compared in constant time), or null. */
  byToken(token: string | undefined): LakeUser | null {
    if (token === undefined) return null;
    return this.all().find((user) => tokenMatches(user.token, token)) ?? null;
  }

  byId(id: string): LakeUser | null {
    return this.all().find((user) => user.id === id) ?? null;
  }

  #read(): { mtimeMs: number; users: LakeUser[] } {
    const mtimeMs = fs.statSync(this.#file).mtimeMs;
    const entries = parseEntries(fs.readFileSync(this.#file, 'utf8'), this.#file);
    const users = entries.map((entry) => ({ ...entry, token: entry.token ?? this.#editorToken }));
    const clash = entries.find((entry) => entry.token === this.#editorToken);
    if (clash) throw new UsersFileError(`${this.#file}: "${clash.id}" has the editor's token`);
    if (!users.some((user) => user.id === EDITOR_ID))
      users.unshift({ ...EDITOR_ENTRY, token: this.#editorToken });
    return { mtimeMs, users };
  }
}

/**
 * Adds a person to `<dataDir>/users.json` (created with the editor when missing) with a new token; the id is
 * `p-` and the name's letters (`Marketing` → `p-marketing`), made unique. Returns the new user, token included.
 */
export function addUser(dataDir: string, name: string, email?: string): LakeUser {
  const file = usersFile(dataDir);
  const trimmed = name.trim();
  if (trimmed === '') throw new UsersFileError('A user needs a name');
  const entries = fs.existsSync(file) ? parseEntries(fs.readFileSync(file, 'utf8'), file) : [EDITOR_ENTRY];
  const base = `p-${
    trimmed
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'user'
  }`;
  let id = base;
  for (let n = 2; entries.some((entry) => entry.id === id); n++) id = `${base}-${n}`;
  const user = { id, name: trimmed, email: email ?? `${id.slice(2)}@localhost`, token: generateToken() };
  fs.mkdirSync(dataDir, { recursive: true });
  writeEntries(file, [...entries, user]);
  return user;
}

function writeEntries(file: string, entries: UserEntry[]): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Tokens are secrets: readable by the owner only, like `<data>/token`.
  fs.writeFileSync(file, `${JSON.stringify(entries, null, 2)}\n`, { mode: 0o600 });
}

function parseEntries(text: string, source: string): UserEntry[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsersFileError(`${source} is not valid JSON: ${(error as Error).message}`);
  }
  if (!Array.isArray(value)) throw new UsersFileError(`${source} must be a JSON array of users`);
  const ids = new Set<string>();
  const tokens = new Set<string>();
  return value.map((item: unknown, index) => {
    const where = `${source}[${index}]`;
    if (typeof item !== 'object' || item === null) throw new UsersFileError(`${where} must be an object`);
    const { id, name, email, token } = item as Record<string, unknown>;
    if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(id))
      throw new UsersFileError(`${where}.id must be letters, digits, "-" or "_"`);
    if (ids.has(id)) throw new UsersFileError(`${where}.id "${id}" is used twice`);
    ids.add(id);
    if (typeof name !== 'string' || name.trim() === '')
      throw new UsersFileError(`${where}.name must be a non-empty string`);
    if (email !== undefined && typeof email !== 'string')
      throw new UsersFileError(`${where}.email must be a string`);
    if (id === EDITOR_ID) {
      if (token !== undefined)
        throw new UsersFileError(`${where}: the editor signs in with the lake token; remove its "token"`);
      return { id, name, email: email ?? 'editor@localhost' };
    }
    if (typeof token !== 'string' || token.length < MIN_TOKEN_LENGTH)
      throw new UsersFileError(`${where}.token must be a string of at least ${MIN_TOKEN_LENGTH} characters`);
    if (tokens.has(token)) throw new UsersFileError(`${where}.token is used by another user`);
    tokens.add(token);
    return { id, name, email: email ?? `${id}@localhost`, token };
  });
}
