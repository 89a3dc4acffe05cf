// Test support: a ContentFetcher that runs the real GROQ query with groq-js over documents in memory, the way the
// Content Lake runs it with the `published` perspective (documents under drafts.* are invisible).
import { afterEach, beforeEach } from '@jest/globals';
import { evaluate, parse } from 'groq-js';
import type { ContentFetcher, ContentRequest } from '../fetcher.ts';
import type { DroppedContent } from '../logger.ts';
import { setContentLogger } from '../logger.ts';
import type { SeedDocument } from './seed-dataset.ts';

export type RecordingFetcher = ContentFetcher & { requests: ContentRequest[] };

/**
 * The answer to the GROQ `query` with `params` over `documents` as they are (drafts included, as the `raw`
 * perspective reads them), run by groq-js. Throws groq-js's error for a query it cannot parse or run.
 */
export async function queryInMemory<T>(
  query: string,
  params: Record<string, unknown>,
  documents: readonly { _id: string }[],
): Promise<T> {
  const result = await evaluate(parse(query, { params }), { dataset: documents as object[], params });
  return (await result.get()) as T;
}

/** A ContentFetcher over `documents` with the `published` perspective; it records every request it is sent. */
export function memoryFetcher(documents: SeedDocument[]): RecordingFetcher {
  const published = documents.filter((document) => !document._id.startsWith('drafts.'));
  const requests: ContentRequest[] = [];
  const fetcher = async <T>(request: ContentRequest): Promise<T> => {
    requests.push(request);
    return queryInMemory<T>(request.query, request.params ?? {}, published);
  };
  return Object.assign(fetcher, { requests });
}

/** Collects content-logger reports for the duration of a test instead of printing them. */
export function captureDroppedContent(): { events: DroppedContent[]; restore: () => void } {
  const events: DroppedContent[] = [];
  setContentLogger((event) => events.push(event));
  return { events, restore: () => setContentLogger(null) };
}

/** Registers hooks so every test of the file starts with an empty capture; returns a live view of the current one. */
export function captureDroppedContentInEachTest(): { events: DroppedContent[] } {
  const current = { events: [] as DroppedContent[], restore: () => {} };
  beforeEach(() => {
    Object.assign(current, captureDroppedContent());
  });
  afterEach(() => current.restore());
  return current;
}
