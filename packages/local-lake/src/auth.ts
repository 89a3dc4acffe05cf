// The lake token: the editor's. Published reads are open (as on a public dataset); writes and drafts need
// `Authorization: Bearer <token>` of a user (src/users.ts). The editor's token comes from LOCAL_LAKE_TOKEN, else
// one is generated on first start and kept in the data folder so the Studio login survives restarts.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { LakeRequest } from './http/respond.ts';

const TOKEN_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** A new 40-character token of letters and digits. */
export function generateToken(): string {
  let token = '';
  for (const byte of randomBytes(40)) token += TOKEN_ALPHABET[byte % TOKEN_ALPHABET.length];
  return token;
}

/** The file in the data folder that keeps a generated token. */
export function tokenFile(dataDir: string): string {
  return path.join(dataDir, 'token');
}

/**
 * The token a lake with this data folder answers to, for tools that talk to it: LOCAL_LAKE_TOKEN, else the one it
 * generated on its first start; null when neither exists yet (the lake has never run there).
 */
export function readToken(
  dataDir: string,
  fromEnv: string | undefined = process.env.LOCAL_LAKE_TOKEN,
): string | null {
  if (fromEnv && fromEnv.trim() !== '') return fromEnv.trim();
  const file = tokenFile(dataDir);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim() || null : null;
}

/** The lake's own token at start-up: as `readToken`, and generated (and kept) when there is none. */
export function loadToken(dataDir: string, fromEnv: string | undefined): string {
  if (fromEnv && fromEnv.trim() !== '' && fromEnv.trim().length < 32)
    throw new Error('LOCAL_LAKE_TOKEN must be at least 32 characters');
  const existing = readToken(dataDir, fromEnv);
  if (existing) return existing;
  const file = tokenFile(dataDir);
  const token = generateToken();
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, `${token}\n`, { mode: 0o600 });
  return token;
}

export function bearerToken(req: LakeRequest): string | undefined {
  const header = req.headers.authorization;
  if (typeof header === 'string') {
    const match = /^Bearer\s+(.+)$/i.exec(header.trim());
    if (match) return match[1];
  }
  return undefined;
}

export function tokenMatches(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
