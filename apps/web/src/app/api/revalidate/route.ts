import { serverEnv } from '@/env/server';
import { revalidateContentTags } from '@/revalidate/content-tags';
import { fileDeliveryLedger } from '@/revalidate/deliveries';
import { handleRevalidation } from '@/revalidate/handler';

const deliveries = fileDeliveryLedger(serverEnv.revalidateDeliveriesDir);

/**
 * POST /api/revalidate — called by a Sanity (or local lake) GROQ webhook after a publish. The webhook is the one
 * `npm run webhook-definition` prints, signed with the secret in SANITY_REVALIDATE_SECRET.
 */
export async function POST(request: Request): Promise<Response> {
  return handleRevalidation(request, { secret: serverEnv.revalidateSecret, revalidate: revalidateContentTags, deliveries });
}
