// Fans committed transactions out to `/data/live/events` subscribers as `message` events carrying sync tags, so
// `defineLive` in the site refetches what changed. Connections without drafts access only hear published changes.
import { syncTagsOf } from '../groq/sync-tags.ts';
import type { DocumentStore } from '../store/document-store.ts';
import type { SseStream } from './sse.ts';

interface Subscriber {
  stream: SseStream;
  includeDrafts: boolean;
}

export class LiveEventsHub {
  readonly #subscribers = new Set<Subscriber>();
  readonly #unsubscribe: () => void;

  constructor(store: DocumentStore) {
    this.#unsubscribe = store.onCommit((transaction) => {
      if (transaction.changes.length === 0) return;
      const { tags, publishedChanged } = syncTagsOf(transaction);
      for (const subscriber of this.#subscribers) {
        if (!publishedChanged && !subscriber.includeDrafts) continue;
        subscriber.stream.send('message', { tags }, transaction.seq);
      }
    });
  }

  add(stream: SseStream, includeDrafts: boolean): void {
    const subscriber = { stream, includeDrafts };
    this.#subscribers.add(subscriber);
    stream.onClose(() => this.#subscribers.delete(subscriber));
  }

  get count(): number {
    return this.#subscribers.size;
  }

  close(): void {
    this.#unsubscribe();
    this.#subscribers.clear();
  }
}
