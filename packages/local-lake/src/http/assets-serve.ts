// GET /images/:projectId/:dataset/:file and /files/:projectId/:dataset/:file — the asset URLs @sanity/image-url
// and asset documents point at. Images can be resized and converted; results are kept in a small memory cache.
import fs from 'node:fs/promises';
import { PROJECT_ID } from '../config.ts';
import { assetFilePath, mimeOfExtension, type AssetKind } from '../store/assets.ts';
import type { RequestContext } from './context.ts';
import { requireDataset } from './dataset.ts';
import { transformImage, wantsTransform } from './image-transform.ts';
import { corsHeaders, HttpError } from './respond.ts';

const CACHE_LIMIT = 200;
/**
 * Derived images by source and parameters. The promise is kept from the first request on, so the requests a page
 * or the Studio makes for one preview while it is being encoded share that one encoding instead of each starting
 * its own (a large photo's encodings would otherwise pile up on the CPU).
 */
const transformCache = new Map<string, Promise<{ data: Buffer; contentType: string }>>();

export function assetHandler(kind: AssetKind) {
  return async (context: RequestContext): Promise<void> => {
    if (context.params.projectId !== PROJECT_ID)
      throw new HttpError(404, `Unknown project "${context.params.projectId}"`);
    requireDataset(context);
    const fileName = (context.params.file ?? '').replace(/\/.*$/, ''); // image-url may append a vanity name
    const file = assetFilePath(context.lake.options.dataDir, kind, fileName);
    if (!file) throw new HttpError(404, `Asset "${fileName}" not found`);
    let source: Buffer;
    try {
      source = await fs.readFile(file);
    } catch {
      throw new HttpError(404, `Asset "${fileName}" not found`);
    }
    const ext = fileName.slice(fileName.lastIndexOf('.') + 1);
    let body = source;
    let contentType = mimeOfExtension(ext);
    const search = context.url.searchParams;
    if (kind === 'image' && ext !== 'svg' && wantsTransform(search)) {
      const accept = search.get('auto') === 'format' ? String(context.req.headers.accept ?? '') : '';
      const key = `${fileName}?${[...search].sort().toString()}|${accept.includes('avif') ? 'avif' : accept.includes('webp') ? 'webp' : ''}`;
      let pending = transformCache.get(key);
      if (!pending) {
        pending = transformImage(source, search, accept);
        if (transformCache.size >= CACHE_LIMIT)
          transformCache.delete(transformCache.keys().next().value as string);
        transformCache.set(key, pending);
        // A refused transform (400) is not kept: the next request gets the same clear error anew.
        pending.catch(() => transformCache.delete(key));
      }
      const cached = await pending;
      body = cached.data;
      contentType = cached.contentType;
    }
    const headers: Record<string, string> = {
      ...corsHeaders(context.req),
      'content-type': contentType,
      'content-length': String(body.length),
      // Content-addressed: the same URL always means the same bytes.
      'cache-control': 'public, max-age=31536000, immutable',
    };
    if (search.has('auto')) headers.vary = 'Accept, Origin';
    const download = search.get('dl');
    if (download !== null) headers['content-disposition'] = attachment(download || fileName);
    context.res.writeHead(200, headers);
    context.res.end(context.req.method === 'HEAD' ? undefined : body);
  };
}

/** `Content-Disposition: attachment` for any file name: ASCII fallback plus the exact name (RFC 6266, 5987). */
function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
