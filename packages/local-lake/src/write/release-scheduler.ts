// Publishes scheduled releases when their time comes, as the Content Lake does for `sanity.action.release.schedule`.
// It checks every second while the lake runs and once at start-up, so a release whose time passed while the lake
// was stopped is published as soon as it starts again (logged as late; the release keeps `publishAt` beside its
// `publishedAt`). A release that cannot be published (a reference to a document that is not published) goes back to
// `active` with `error.message` saying why, as hosted releases report a failed publish, instead of being retried
// every second.
import type { DocumentStore } from '../store/document-store.ts';
import { runTransaction } from './commit.ts';
import { publishRelease, RELEASE_TYPE } from './releases.ts';

/** Who the transaction log names for a scheduled publish. */
export const SCHEDULER_AUTHOR = 'system';
const CHECK_EVERY_MS = 1000;

export class ReleaseScheduler {
  readonly #store: DocumentStore;
  readonly #log: (message: string) => void;
  readonly #timer: NodeJS.Timeout;

  constructor(store: DocumentStore, log: (message: string) => void) {
    this.#store = store;
    this.#log = log;
    this.publishDue('start-up');
    this.#timer = setInterval(() => this.publishDue('schedule'), CHECK_EVERY_MS);
    this.#timer.unref();
  }

  /** Publishes every scheduled release whose `publishAt` is not after `now`; returns the names published. */
  publishDue(reason: 'start-up' | 'schedule', now = new Date()): string[] {
    const published: string[] = [];
    for (const release of this.#store.ofType(RELEASE_TYPE)) {
      if (release.state !== 'scheduled') continue;
      const due = Date.parse(String(release.publishAt));
      if (Number.isNaN(due) || due > now.getTime()) continue;
      const name = String(release.name);
      try {
        runTransaction(this.#store, {
          author: SCHEDULER_AUTHOR,
          build: (set) => publishRelease(set, name, now.toISOString()),
        });
        published.push(name);
        const late = now.getTime() - due;
        this.#log(
          // Its time passed while the lake was stopped: the log says how late, for whoever expected it on time.
          reason === 'start-up'
            ? `published release "${name}" at start-up, ${(late / 1000).toFixed(1)} s after its scheduled time ${String(release.publishAt)}`
            : `published scheduled release "${name}"`,
        );
      } catch (error) {
        const message = (error as Error).message;
        this.#log(`scheduled release "${name}" could not be published: ${message}`);
        runTransaction(this.#store, {
          author: SCHEDULER_AUTHOR,
          build: (set) => {
            const current = set.get(release._id);
            if (!current || current.state !== 'scheduled') return;
            const { publishAt: _publishAt, ...rest } = current;
            set.put({ ...rest, state: 'active', error: { message } }, 'update', { createOrReplace: rest });
          },
        });
      }
    }
    return published;
  }

  close(): void {
    clearInterval(this.#timer);
  }
}
