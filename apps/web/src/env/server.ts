import 'server-only';
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
});

const parsed = parseEnv(
  serverSchema,
  {
    SANITY_API_READ_TOKEN: process.env.SANITY_API_READ_TOKEN,
    SANITY_REVALIDATE_SECRET: process.env.SANITY_REVALIDATE_SECRET,
  },
  'server',
);

export const serverEnv = {
  ...publicEnv,
  readToken: parsed.SANITY_API_READ_TOKEN ?? null,
  /** For the webhook route that revalidates cache tags (see README, "Freshness"). */
  revalidateSecret: parsed.SANITY_REVALIDATE_SECRET ?? null,
  localLakeUrl,
} as const;
