// A small in-memory Content Lake for validation tests: GROQ queries run with groq-js over the given documents,
// which is all the Studio's validators need (`client.fetch`, `withConfig`) plus an existence check for references.
import { queryInMemory } from '@clinic/content/testing/memory-fetcher';
import type { SanityClient } from 'sanity';

export interface MemoryLake {
  documents: Map<string, { _id: string }>;
  getClient: () => SanityClient;
  getDocumentExists: (options: { id: string }) => Promise<boolean>;
}

export function createMemoryLake(documents: { _id: string }[]): MemoryLake {
  const byId = new Map(documents.map((document) => [document._id, document]));

  const client = {
    async fetch<T>(query: string, params: Record<string, unknown> = {}): Promise<T> {
      return queryInMemory<T>(query, params, [...byId.values()]);
    },
    withConfig() {
      return client;
    },
    config() {
      // `url` is read by the Studio when it prepares its presence socket; nothing connects to it in tests.
      return {
        projectId: 'memory',
        dataset: 'test',
        apiVersion: '2025-02-19',
        url: 'http://memory.localhost/v2025-02-19',
      };
    },
  };

  return {
    documents: byId,
    getClient: () => client as unknown as SanityClient,
    // Sanity asks whether the published version exists; a draft-only target does not count.
    getDocumentExists: async ({ id }) => byId.has(id.replace(/^drafts\./, '')),
  };
}
