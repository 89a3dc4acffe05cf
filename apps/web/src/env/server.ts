import 'server-only';
import path from 'node:path';
import { z } from 'zod';
import { localLakeUrl } from './lake.ts';
import { parseEnv } from './parse.ts';
import { publicEnv } from './public.ts';

/**
 * Server-only settings: tokens and secrets never leave the server (`server-only` makes importing this file
 * from a client component a build error).
 */
const serverSchema = z.object({
  SANITY_API_READ_TOKEN: z.string().min(20, 'looks too short to be a Sanity token').optional(),
  SANITY_REVALIDATE_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  REVALIDATE_DELIVERIES_DIR: z.string().min(1).optional(),
});

const parsed = parseEnv(
  serverSchema,
  {
    SANITY_API_READ_TOKEN: process.env.SANITY_API_READ_TOKEN,
    SANITY_REVALIDATE_SECRET: process.env.SANITY_REVALIDATE_SECRET,
    REVALIDATE_DELIVERIES_DIR: process.env.REVALIDATE_DELIVERIES_DIR,
  },
  'server',
);

export const serverEnv = {
  ...publicEnv,
  readToken: parsed.SANITY_API_READ_TOKEN ?? null,
  /** For the webhook route that revalidates cache tags (see README, "Freshness"). */
  revalidateSecret: parsed.SANITY_REVALIDATE_SECRET ?? null,
  /**
   * The folder where the webhook remembers accepted deliveries (src/revalidate/deliveries.ts); every server
   * process of the site must share it. Default: `webhook-deliveries` in the build's cache folder.
   */
  revalidateDeliveriesDir:
    parsed.REVALIDATE_DELIVERIES_DIR ??
    path.join(process.cwd(), process.env.NEXT_DIST_DIR || '.next', 'cache', 'webhook-deliveries'),
  localLakeUrl,
} as const;
