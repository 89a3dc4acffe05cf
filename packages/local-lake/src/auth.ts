// The lake's single editor token. Published reads are open (as on a public dataset); writes and drafts need
// `Authorization: Bearer <token>`. The token comes from LOCAL_LAKE_TOKEN, else one is generated on first start
// and kept in the data folder so the Studio login survives restarts.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { LakeRequest } from './http/respond.ts';

const TOKEN_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export function loadToken(dataDir: string, fromEnv: string | undefined): string {
  if (fromEnv && fromEnv.trim() !== '') {
    if (fromEnv.trim().length < 32) throw new Error('LOCAL_LAKE_TOKEN must be at least 32 characters');
    return fromEnv.trim();
  }
  const file = path.join(dataDir, 'token');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  let token = '';
  for (const byte of randomBytes(40)) token += TOKEN_ALPHABET[byte % TOKEN_ALPHABET.length];
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
