import { SANITY_API_VERSION } from '@clinic/content/api-version';
import { PROJECT_ID as LOCAL_PROJECT_ID } from '@clinic/local-lake/constants';
import { z } from 'zod';
import { parseEnv } from './parse.ts';

/**
 * Settings that are safe to expose to the browser. Each `process.env.NEXT_PUBLIC_*` is spelled out literally
 * because Next.js only inlines variables referenced that way.
 *
 * No project id means "local mode": the site reads the local Content Lake (packages/local-lake) instead of a
 * hosted Sanity project, so a fresh checkout works without a Sanity account.
 */
const publicSchema = z.object({
  NEXT_PUBLIC_SANITY_PROJECT_ID: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a Sanity project id (lowercase letters, digits, dashes)')
    .optional(),
  NEXT_PUBLIC_SANITY_DATASET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'must be a dataset name (lowercase letters, digits, _ and -)')
    .default('production'),
  NEXT_PUBLIC_SANITY_API_VERSION: z
    .string()
    .regex(/^v?\d{4}-\d{2}-\d{2}$/, `must be a date such as ${SANITY_API_VERSION}`)
    .default(SANITY_API_VERSION),
  NEXT_PUBLIC_SITE_URL: z
    .url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL such as https://example.com' })
    .transform((value) => value.replace(/\/+$/, ''))
    .default('http://localhost:3000'),
  NEXT_PUBLIC_SANITY_STUDIO_URL: z
    .url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' })
    .optional(),
});

const parsed = parseEnv(
  publicSchema,
  {
    NEXT_PUBLIC_SANITY_PROJECT_ID: process.env.NEXT_PUBLIC_SANITY_PROJECT_ID,
    NEXT_PUBLIC_SANITY_DATASET: process.env.NEXT_PUBLIC_SANITY_DATASET,
    NEXT_PUBLIC_SANITY_API_VERSION: process.env.NEXT_PUBLIC_SANITY_API_VERSION,
    NEXT_PUBLIC_SITE_URL: process.env.NEXT_PUBLIC_SITE_URL,
    NEXT_PUBLIC_SANITY_STUDIO_URL: process.env.NEXT_PUBLIC_SANITY_STUDIO_URL,
  },
  'public',
);

export const publicEnv = {
  /** `local` when no hosted project is configured. */
  projectId: parsed.NEXT_PUBLIC_SANITY_PROJECT_ID ?? LOCAL_PROJECT_ID,
  isLocalLake: parsed.NEXT_PUBLIC_SANITY_PROJECT_ID === undefined,
  dataset: parsed.NEXT_PUBLIC_SANITY_DATASET,
  apiVersion: parsed.NEXT_PUBLIC_SANITY_API_VERSION.replace(/^v/, ''),
  siteUrl: parsed.NEXT_PUBLIC_SITE_URL,
  studioUrl: parsed.NEXT_PUBLIC_SANITY_STUDIO_URL ?? null,
} as const;
