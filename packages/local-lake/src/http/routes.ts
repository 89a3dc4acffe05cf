// Every endpoint the lake serves, in one list.
import { assetHandler } from './assets-serve.ts';
import { handleDoc } from './doc.ts';
import { handleListen } from './listen.ts';
import { handleLiveEvents } from './live-events.ts';
import { handleMutate } from './mutate.ts';
import { handleQuery } from './query.ts';
import { route, type Route } from './router.ts';

export function lakeRoutes(): Route[] {
  return [
    route(['GET', 'POST'], '/data/query/:dataset', handleQuery),
    route('GET', '/data/doc/:dataset/:ids*', handleDoc),
    route('GET', '/data/live/events/:dataset', handleLiveEvents),
    route('POST', '/data/mutate/:dataset', handleMutate),
    route('GET', '/data/listen/:dataset', handleListen),
    route('GET', '/images/:projectId/:dataset/:file*', assetHandler('image')),
    route('GET', '/files/:projectId/:dataset/:file*', assetHandler('file')),
  ];
}
