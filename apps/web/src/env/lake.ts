import { DEFAULT_PORT, lakeUrl } from '@clinic/local-lake/settings';
import { z } from 'zod';
import { parseEnv } from './parse.ts';

/**
 * Address of the local Content Lake. Kept apart from `server.ts` (which is `server-only`) because next.config
 * needs it too, to proxy lake images under the site's own origin. The default port is the lake's own.
 */
const lakeSchema = z.object({
  LOCAL_LAKE_URL: z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' }).optional(),
  LOCAL_LAKE_PORT: z.coerce.number().int().min(1).max(65535).optional(),
});

const parsed = parseEnv(
  lakeSchema,
  { LOCAL_LAKE_URL: process.env.LOCAL_LAKE_URL, LOCAL_LAKE_PORT: process.env.LOCAL_LAKE_PORT },
  'local lake',
);

export const localLakeUrl = (
  parsed.LOCAL_LAKE_URL ?? lakeUrl({ host: '127.0.0.1', port: parsed.LOCAL_LAKE_PORT ?? DEFAULT_PORT })
).replace(/\/+$/, '');
