// POST /assets/images/:dataset and /assets/files/:dataset — store an uploaded file once per content hash and
// create its asset document (image dimensions read from the file). Uploading the same bytes again returns the
// existing asset document, as the Content Lake does.
import { AssetError, storeAsset, type AssetKind } from '../store/assets.ts';
import { runTransaction } from '../write/commit.ts';
import type { RequestContext } from './context.ts';
import { requireDataset, requireToken } from './dataset.ts';
import { HttpError, readBody, sendJson } from './respond.ts';

export function uploadHandler(kind: AssetKind) {
  return async (context: RequestContext): Promise<void> => {
    const dataset = requireDataset(context);
    const author = requireToken(context, 'Uploading assets');
    const data = await readBody(context.req);
    if (data.length === 0) throw new HttpError(400, 'The upload is empty');
    const search = context.url.searchParams;
    let stored;
    try {
      stored = await storeAsset(context.lake.options.dataDir, kind, data, {
        originalFilename: search.get('filename') ?? undefined,
        baseUrl: context.lake.publicUrl(),
        dataset,
        contentType: headerValue(context.req.headers['content-type']),
      });
    } catch (error) {
      if (error instanceof AssetError) throw new HttpError(400, error.message);
      throw error;
    }
    const existing = context.lake.store.get(stored.document._id);
    if (existing) {
      sendJson(context.req, context.res, 200, { document: existing });
      return;
    }
    const extras: Record<string, unknown> = {};
    for (const field of ['label', 'title', 'description', 'creditLine']) {
      const value = search.get(field);
      if (value) extras[field] = value;
    }
    const sourceName = search.get('sourceName');
    if (sourceName) {
      extras.source = {
        name: sourceName,
        id: search.get('sourceId') ?? undefined,
        url: search.get('sourceUrl') ?? undefined,
      };
    }
    const document = { ...stored.document, ...extras };
    const outcome = runTransaction(context.lake.store, {
      author: author.id,
      build: (set) => {
        if (!set.get(document._id)) set.put(document, 'create', { createIfNotExists: document });
      },
    });
    const created = outcome.results[0]?.document ?? context.lake.store.get(document._id);
    sendJson(context.req, context.res, 200, { document: created });
  };
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
