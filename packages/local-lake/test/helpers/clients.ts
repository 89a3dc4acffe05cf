// The real @sanity/client, configured the way the site and Studio point it at the lake.
import { createClient, type SanityClient } from '@sanity/client';

export function lakeClient(url: string, token?: string): SanityClient {
  return createClient({
    projectId: 'local',
    dataset: 'production',
    apiHost: url,
    useProjectHostname: false,
    useCdn: false,
    apiVersion: '2025-02-19',
    token,
    perspective: 'published',
  });
}
