import { createHash } from 'node:crypto';
import { mkdir, readdir, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Remembers which webhook deliveries were already acted on, so a captured request sent again is not. Shared by
 * every server process that uses the same folder.
 */
export interface DeliveryLedger {
  /**
   * Records the delivery named `key` until `keepUntil` (ms since the epoch). Resolves true the first time a key
   * is claimed, false when it was claimed before (by this or any other process) and not yet forgotten.
   */
  claim(key: string, keepUntil: number): Promise<boolean>;
}

/**
 * The ledger keys of a valid delivery: one for what its signature signs (the signed timestamp in ms and the raw
 * body; the header's text is not used, since the same signature can be written in more than one way) and, when
 * present, one for its `idempotency-key` header (Sanity names each delivery with it, the same on its retries).
 * The header is not signed, so it cannot stand alone: a replay with a made-up key still has a used signature.
 */
export function deliveryKeys(signed: { timestamp: number; body: string }, idempotencyKey: string | null): string[] {
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
  const keys = [sha256(`signed\n${signed.timestamp}.${signed.body}`)];
  if (idempotencyKey) keys.push(sha256(`idempotency-key\n${idempotencyKey}`));
  return keys;
}

/**
 * A ledger kept as one empty file per delivery in `folder`, created with `O_CREAT | O_EXCL` (`wx`): the file
 * system lets exactly one of any number of concurrent processes create it, so two server processes (or two
 * requests in one) cannot both accept the same delivery. Every server process of a site must share the folder
 * (the default is inside the build's cache folder; several machines need a shared mount). A file's mtime is
 * set to when it may be forgotten; files a minute past it are deleted, at most once a minute per process. Throws the file system's
 * error when the folder cannot be written (the webhook then answers 500 and the sender retries).
 */
export function fileDeliveryLedger(folder: string, now: () => number = Date.now): DeliveryLedger {
  let nextSweep = 0;
  let ready: Promise<unknown> | null = null;
  async function sweep(at: number) {
    if (at < nextSweep) return;
    nextSweep = at + 60_000;
    for (const name of await readdir(folder)) {
      const file = path.join(folder, name);
      const info = await stat(file).catch(() => null);
      // A file claimed this instant still has its creation time until `utimes` below moves it to `keepUntil`;
      // the minute's grace keeps a sweep in another process from deleting it in between.
      if (info && info.mtimeMs < at - 60_000) await unlink(file).catch(() => {});
    }
  }
  return {
    async claim(key, keepUntil) {
      if (!/^[0-9a-f]{64}$/.test(key)) throw new Error(`deliveryLedger.claim: key must be a sha-256 hex digest, got ${JSON.stringify(key)}`);
      ready ??= mkdir(folder, { recursive: true });
      await ready;
      const at = now();
      await sweep(at);
      const file = path.join(folder, key);
      try {
        await writeFile(file, '', { flag: 'wx' });
      } catch (error) {
        // Claimed before. Even a leftover past its time is refused: `keepUntil` outlasts the signature's validity,
        // so a request that could match it has already been refused as too old.
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
        throw error;
      }
      await utimes(file, keepUntil / 1000, keepUntil / 1000);
      return true;
    },
  };
}
