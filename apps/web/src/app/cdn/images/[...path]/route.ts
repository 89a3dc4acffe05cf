import { localLakeUrl } from '@/env/lake';
import { publicEnv } from '@/env/public';
import { proxyImage } from '@/content-client/image-proxy';

/**
 * GET /cdn/images/… — every image the site shows, served from its own origin: the browser never talks to a third
 * party (no request to cdn.sanity.io telling it who reads which health article) and never needs to reach the
 * lake on 127.0.0.1. `LOCAL_LAKE_URL` / `LOCAL_LAKE_PORT` are read when the server starts, not at build time.
 */
export async function GET(request: Request, { params }: { params: Promise<{ path: string[] }> }): Promise<Response> {
  const { path } = await params;
  return proxyImage(request, path, {
    origin: publicEnv.isLocalLake ? localLakeUrl : 'https://cdn.sanity.io',
    projectId: publicEnv.projectId,
    dataset: publicEnv.dataset,
  });
}
