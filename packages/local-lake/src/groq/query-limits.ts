// How much work one query may cost. Read from the environment when the lake starts; documented in the README.
export interface QueryLimits {
  /** Wall-clock time one query may run in its worker, in milliseconds (LOCAL_LAKE_QUERY_TIMEOUT_MS). */
  timeoutMs: number;
  /** Largest query text, in UTF-8 bytes (LOCAL_LAKE_QUERY_MAX_BYTES). */
  maxQueryBytes: number;
  /** Largest result, in bytes of its JSON (LOCAL_LAKE_RESULT_MAX_BYTES). */
  maxResultBytes: number;
  /** Queries run at once, each in its own worker thread (LOCAL_LAKE_QUERY_WORKERS). */
  workers: number;
  /** Heap one worker may use before its query is stopped, in megabytes. */
  workerHeapMb: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  timeoutMs: 5_000,
  // Sanity's hosted API refuses queries over 300 kB ("Query Size Exceeded",
  // https://www.sanity.io/guides/how-to-parallelize-complex-groq-queries).
  maxQueryBytes: 300 * 1024,
  maxResultBytes: 64 * 1024 * 1024,
  workers: 2,
  workerHeapMb: 512,
};

/** The limits from `LOCAL_LAKE_QUERY_*` variables; throws for a value that is not a positive integer. */
export function resolveQueryLimits(env: NodeJS.ProcessEnv = process.env): QueryLimits {
  const read = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value <= 0)
      throw new Error(`Invalid ${name}="${raw}": expected a positive integer`);
    return value;
  };
  return {
    timeoutMs: read('LOCAL_LAKE_QUERY_TIMEOUT_MS', DEFAULT_QUERY_LIMITS.timeoutMs),
    maxQueryBytes: read('LOCAL_LAKE_QUERY_MAX_BYTES', DEFAULT_QUERY_LIMITS.maxQueryBytes),
    maxResultBytes: read('LOCAL_LAKE_RESULT_MAX_BYTES', DEFAULT_QUERY_LIMITS.maxResultBytes),
    workers: read('LOCAL_LAKE_QUERY_WORKERS', DEFAULT_QUERY_LIMITS.workers),
    workerHeapMb: DEFAULT_QUERY_LIMITS.workerHeapMb,
  };
}
