// Collects events from an rxjs-style observable until a predicate is satisfied or a timeout passes.
interface Subscribable<T> {
  subscribe(observer: { next: (value: T) => void; error: (error: unknown) => void }): { unsubscribe(): void };
}

export interface Collector<T> {
  events: T[];
  waitFor(predicate: (events: T[]) => boolean, timeoutMs?: number): Promise<T[]>;
  stop(): void;
}

export function collect<T>(source: Subscribable<T>): Collector<T> {
  const events: T[] = [];
  const waiters = new Set<() => void>();
  let failure: unknown;
  const subscription = source.subscribe({
    next: (value) => {
      events.push(value);
      for (const wake of waiters) wake();
    },
    error: (error) => {
      failure = error;
      for (const wake of waiters) wake();
    },
  });
  return {
    events,
    waitFor(predicate, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (failure) return finish(() => reject(failure));
          if (predicate(events)) return finish(() => resolve(events));
        };
        const timer = setTimeout(
          () =>
            finish(() =>
              reject(new Error(`timed out; got ${JSON.stringify(events, null, 1).slice(0, 2000)}`)),
            ),
          timeoutMs,
        );
        const finish = (settle: () => void) => {
          clearTimeout(timer);
          waiters.delete(check);
          settle();
        };
        waiters.add(check);
        check();
      });
    },
    stop: () => subscription.unsubscribe(),
  };
}
