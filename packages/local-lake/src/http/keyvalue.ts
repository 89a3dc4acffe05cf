// /users/me/keyvalue — the Studio's UI state (pane layout, sort orders, dismissed notices), kept in SQLite so it
// survives restarts like it would on the hosted service.
import type { DatabaseSync } from 'node:sqlite';
import { MAX_WRITE_DEPTH, nestedDeeperThan } from '../store/nesting.ts';
import type { RequestContext } from './context.ts';
import { requireToken } from './dataset.ts';
import { HttpError, readJsonBody, sendJson } from './respond.ts';

export function keyValueHandlers(db: DatabaseSync) {
  const read = db.prepare('SELECT value FROM keyvalue WHERE key = ?');
  const write = db.prepare(
    'INSERT INTO keyvalue (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  return {
    get(context: RequestContext): void {
      requireToken(context, 'Reading Studio settings');
      const keys = decodeURIComponent(context.params.keys ?? '')
        .split(',')
        .filter(Boolean);
      sendJson(
        context.req,
        context.res,
        200,
        keys.map((key) => {
          const row = read.get(key) as { value: string } | undefined;
          return { key, value: row ? (JSON.parse(row.value) as unknown) : null };
        }),
      );
    },
    async put(context: RequestContext): Promise<void> {
      requireToken(context, 'Saving Studio settings');
      const body = await readJsonBody(context.req);
      if (!Array.isArray(body)) throw new HttpError(400, 'Expected an array of {key, value}');
      const pairs = body.map((pair: unknown) => {
        if (
          typeof pair !== 'object' ||
          pair === null ||
          typeof (pair as { key?: unknown }).key !== 'string'
        ) {
          throw new HttpError(400, 'Each entry needs a string "key"');
        }
        if (nestedDeeperThan(pair, MAX_WRITE_DEPTH))
          throw new HttpError(400, `A value nests objects and arrays deeper than ${MAX_WRITE_DEPTH} levels`);
        return { key: (pair as { key: string }).key, value: (pair as { value?: unknown }).value ?? null };
      });
      for (const pair of pairs) write.run(pair.key, JSON.stringify(pair.value));
      sendJson(context.req, context.res, 200, pairs);
    },
  };
}
