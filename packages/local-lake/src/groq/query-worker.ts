// A query worker thread (started by query-workers.ts): keeps a copy of the stored documents, kept current by the
// main thread after every commit, and answers queries with a `QueryEngine`. A runaway query only blocks this
// thread; the main thread stops it at the time limit by terminating the worker.
import { parentPort, workerData } from 'node:worker_threads';
import { DocumentMirror } from './document-mirror.ts';
import { unescapeJson } from './names.ts';
import { QueryError } from './parse-query.ts';
import { QueryEngine, type QueryInput } from './query-engine.ts';
import type { WorkerReply, WorkerRequest } from './query-workers.ts';

const { maxResultBytes } = workerData as { maxResultBytes: number };
const documents = new DocumentMirror();
const engine = new QueryEngine(documents);

parentPort!.on('message', (message: WorkerRequest) => {
  if (message.kind === 'load') documents.load(message.seq, message.bodies);
  else if (message.kind === 'changes') documents.apply(message.seq, message.changes);
  else void answer(message.id, message.input).then((reply) => parentPort!.postMessage(reply));
});
parentPort!.postMessage({ id: 0, ready: true } satisfies WorkerReply);

async function answer(id: number, input: QueryInput): Promise<WorkerReply> {
  try {
    const { result, resultSourceMap } = await (
      input.overlay ? new QueryEngine(documents.withOverlay(input.overlay)) : engine
    ).run(input);
    const resultJson = serialize(result ?? null, input.query);
    return {
      id,
      ok: true,
      resultJson,
      sourceMapJson: resultSourceMap ? unescapeJson(JSON.stringify(resultSourceMap)) : undefined,
    };
  } catch (error) {
    if (error instanceof QueryError) return { id, ok: false, status: error.status, body: error.body };
    return { id, ok: false, status: 500, message: (error as Error).stack ?? String(error) };
  }
}

function serialize(result: unknown, query: string): string {
  const tooLarge = () =>
    new QueryError({
      description: `The query result is larger than ${maxResultBytes} bytes (LOCAL_LAKE_RESULT_MAX_BYTES); select fewer documents or fields`,
      type: 'queryLimitError',
      query,
    });
  let json: string;
  try {
    json = JSON.stringify(result);
  } catch (error) {
    if (error instanceof RangeError) throw tooLarge(); // longer than a JavaScript string can be
    throw error;
  }
  if (json.length > maxResultBytes || Buffer.byteLength(json) > maxResultBytes) throw tooLarge();
  return unescapeJson(json);
}
