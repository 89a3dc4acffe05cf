// Errors as @sanity/client reports them: `statusCode` and the lake's JSON `error` as `details`.

/** A Content Lake error body's `error`, as `@sanity/client` exposes it in `details`. */
export interface LakeErrorDetails {
  type?: string;
  description?: string;
  items?: Array<{ index: number; error: { type: string; id?: string; referencingIDs?: string[] } }>;
}

export interface MutateAnswer {
  status: number;
  body: {
    message?: string;
    transactionId?: string;
    documentIds?: string[];
    results?: Array<Record<string, unknown>>;
    error?: LakeErrorDetails;
  };
}

export async function failure(
  promise: Promise<unknown>,
): Promise<{ statusCode?: number; details?: LakeErrorDetails; message: string }> {
  const caught = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!caught) throw new Error('expected the request to fail');
  return caught as { statusCode?: number; details?: LakeErrorDetails; message: string };
}

/** `POST /data/mutate` with `query` as its query string, answered as status and parsed JSON body. */
export async function mutateRaw(
  lake: { url: string; token: string },
  query: string,
  body: unknown,
): Promise<MutateAnswer> {
  const response = await fetch(`${lake.url}/v2025-02-19/data/mutate/production?${query}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${lake.token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as MutateAnswer['body'] };
}
