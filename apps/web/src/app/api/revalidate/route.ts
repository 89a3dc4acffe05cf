import { serverEnv } from '@/env/server';
import { revalidateContentTags } from '@/sanity/revalidate';
import { fileDeliveryLedger } from './deliveries.ts';
import { handleRevalidation } from './handler.ts';

const deliveries = fileDeliveryLedger(serverEnv.revalidateDeliveriesDir);

/**
 * POST /api/revalidate — called by a Sanity (or local lake) GROQ webhook after a publish. Configure the webhook
 * with projection `{_type, slug}` and the secret in SANITY_REVALIDATE_SECRET; see apps/web/README.md.
 */
export async function POST(request: Request): Promise<Response> {
  return handleRevalidation(request, { secret: serverEnv.revalidateSecret, revalidate: revalidateContentTags, deliveries });
}
