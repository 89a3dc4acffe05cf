// A query worker's copy of the stored documents (query-worker.ts), kept current by the commits the main thread
// sends, with the ids each of the last commits changed: the query engine reads them to update its views and
// indexes where a write changed them instead of building them anew (a `DocumentSource` with `changedSince`).
import type { SanityDocument } from '../store/types.ts';
import { escapeKeys } from './names.ts';
import type { DocumentSource } from './query-engine.ts';

/** How many commits' changed ids are kept: past them, a view is built anew. */
const CHANGE_LOG_LENGTH = 64;

export class DocumentMirror implements DocumentSource {
  readonly #documents = new Map<string, SanityDocument>();
  readonly #changeLog: Array<{ seq: number; ids: string[] }> = [];
  /** The commit the change log starts after. */
  #logStart = -1;
  #all: SanityDocument[] | null = null;
  #lastSeq = -1;

  get lastSeq(): number {
    return this.#lastSeq;
  }

  /** The stored documents in the store's order: an edit keeps a document's place, a new one comes last. */
  all(): readonly SanityDocument[] {
    return (this.#all ??= [...this.#documents.values()]);
  }

  get(id: string): SanityDocument | undefined {
    return this.#documents.get(id);
  }

  /** The documents as of commit `seq`, from their JSON text (names escaped for groq-js, names.ts). */
  load(seq: number, bodies: readonly string[]): void {
    this.#documents.clear();
    this.#changeLog.length = 0;
    this.#logStart = seq;
    for (const body of bodies) {
      const doc = escapeKeys(JSON.parse(body) as SanityDocument);
      this.#documents.set(doc._id, doc);
    }
    this.#all = null;
    this.#lastSeq = seq;
  }

  /** Applies commit `seq`: each changed document's new content, or null when it was deleted. */
  apply(seq: number, changes: ReadonlyArray<{ id: string; after: SanityDocument | null }>): void {
    for (const change of changes) {
      if (change.after) this.#documents.set(change.id, escapeKeys(change.after));
      else this.#documents.delete(change.id);
    }
    this.#changeLog.push({ seq, ids: changes.map((change) => change.id) });
    if (this.#changeLog.length > CHANGE_LOG_LENGTH) this.#logStart = this.#changeLog.shift()!.seq;
    this.#all = null;
    this.#lastSeq = seq;
  }

  changedSince(seq: number): readonly string[] | null {
    if (seq === this.#lastSeq) return [];
    // Known only when the log starts at commit `seq` or holds it (every later one follows it).
    const at = seq === this.#logStart ? -1 : this.#changeLog.findIndex((entry) => entry.seq === seq);
    if (at === -1 && seq !== this.#logStart) return null;
    return this.#changeLog.slice(at + 1).flatMap((entry) => entry.ids);
  }

  /** A copy of the documents with `overlay` applied: what a transaction being built would leave. */
  withOverlay(overlay: ReadonlyArray<{ id: string; after: SanityDocument | null }>): DocumentSource {
    const merged = new Map(this.#documents);
    for (const change of overlay) {
      if (change.after) merged.set(change.id, escapeKeys(change.after));
      else merged.delete(change.id);
    }
    return { lastSeq: -1, all: () => [...merged.values()] };
  }
}
