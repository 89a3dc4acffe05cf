// The real @sanity/client, configured the way the site and Studio point it at the lake.
import { createClient, type SanityClient } from '@sanity/client';
import { lakeClientConfig } from '../../src/settings.ts';

export function lakeClient(url: string, token?: string): SanityClient {
  return createClient({
    ...lakeClientConfig(url),
    apiVersion: '2025-02-19',
    token,
    perspective: 'published',
  });
}
