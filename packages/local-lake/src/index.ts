// The library entry point: `startLake()` opens (and on first start seeds) the data folder and serves the
// Content Lake API on 127.0.0.1. Tests, the CLI and the dev runner all start it through here.
import fs from 'node:fs';
import http from 'node:http';
import http2 from 'node:http2';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { AddonDatasets } from './addons/addon-datasets.ts';
import { keepSystemGroups, syncAdministratorGroup } from './addons/system-groups.ts';
import { loadToken } from './auth.ts';
import {
  DATASETS,
  DEFAULT_PORT,
  lakeUrl,
  resolveOptions,
  type LakeOptions,
  type ResolvedLakeOptions,
} from './config.ts';
import { resolveQueryLimits } from './groq/query-limits.ts';
import { QueryWorkers } from './groq/query-workers.ts';
import type { LakeServices } from './http/context.ts';
import { ListenHub } from './http/listen-hub.ts';
import { LiveEventsHub } from './http/live-events-hub.ts';
import { CorsPolicy, defaultCorsOrigins } from './cors.ts';
import { answerClientErrors } from './http/client-errors.ts';
import { createRequestListener } from './http/router.ts';
import { lakeRoutes } from './http/routes.ts';
import { STUDIO_HOST, studioStaticHandler } from './http/studio-static.ts';
import { lockDataDir } from './store/data-dir-lock.ts';
import { openDatabase, readMeta, writeMeta } from './store/database.ts';
import { loadOrCreateTls } from './tls.ts';
import { UserDirectory } from './users.ts';
import { PresenceHub } from './presence/hub.ts';
import { acceptPresenceSockets } from './presence/socket.ts';
import { WebhookConfigSource } from './webhooks/config.ts';
import { WebhookDispatcher } from './webhooks/dispatcher.ts';
import { ReleaseScheduler } from './write/release-scheduler.ts';
import { DocumentStore } from './store/document-store.ts';
import { HistoryReader } from './store/history.ts';
import { importNdjsonFile } from './store/import-ndjson.ts';

export type { LakeOptions } from './config.ts';

export interface RunningLake {
  /** Plain HTTP base URL, e.g. http://127.0.0.1:3900 */
  url: string;
  /** HTTP/2 + TLS base URL for browsers, e.g. https://localhost:3901 (null when turned off). */
  tlsUrl: string | null;
  /** The certificate authority that signed the TLS certificate (PEM file path). */
  caFile: string | null;
  /** Where the built Studio is served (LOCAL_LAKE_STUDIO_DIR), or null. */
  studioUrl: string | null;
  token: string;
  dataDir: string;
  documentCount: number;
  close(): Promise<void>;
}

export async function startLake(options: LakeOptions = {}): Promise<RunningLake> {
  const resolved = resolveOptions(options);
  const unlock = lockDataDir(resolved.dataDir);
  const db = openDatabase(resolved.dataDir);
  try {
    return await serve(resolved, db, unlock);
  } catch (error) {
    // A lake that could not start (port taken, broken seed) must not keep the data folder locked.
    db.close();
    unlock();
    throw error;
  }
}

async function serve(
  resolved: ResolvedLakeOptions,
  db: DatabaseSync,
  unlock: () => void,
): Promise<RunningLake> {
  const store = new DocumentStore(db);
  const token = loadToken(resolved.dataDir, process.env.LOCAL_LAKE_TOKEN);
  const users = new UserDirectory(resolved.dataDir, token, resolved.log);
  let url = `http://${resolved.host}:${resolved.port}`;

  // The project's access group comes first, as on a new hosted dataset, before any content is loaded.
  syncAdministratorGroup(
    store,
    users.all().map((user) => user.id),
  );

  const dataset = DATASETS[0];
  if (readMeta(db, 'seeded') === undefined) {
    const seedFile = path.join(resolved.seedDir, `${dataset}.ndjson`);
    if (fs.existsSync(seedFile)) {
      const count = await importNdjsonFile(store, seedFile, {
        dataDir: resolved.dataDir,
        dataset,
        baseUrl:
          process.env.LOCAL_LAKE_PUBLIC_URL ??
          lakeUrl({ host: resolved.host, port: resolved.port || DEFAULT_PORT }),
        author: 'seed',
        alsoInTransaction: () => writeMeta(db, 'seeded', new Date().toISOString()),
      });
      resolved.log(`loaded ${count} documents from ${seedFile}`);
    } else {
      resolved.log(`no seed at ${seedFile}; starting with an empty dataset`);
      writeMeta(db, 'seeded', 'empty');
    }
  }

  const live = new LiveEventsHub(store);
  const listeners = new ListenHub(store);
  const webhooks = new WebhookDispatcher(store, new WebhookConfigSource(resolved.dataDir), resolved.log);
  // After the hubs and webhooks, so a release published at start-up reaches listeners and the site.
  const scheduler = new ReleaseScheduler(store, resolved.log);
  const queryLimits = resolveQueryLimits();
  const queries = new QueryWorkers(store, queryLimits, resolved.log);
  const cors = new CorsPolicy(resolved.dataDir, resolved.log);
  const services: LakeServices = {
    options: resolved,
    store,
    history: new HistoryReader(db),
    queries,
    queryLimits,
    live,
    listeners,
    users,
    cors,
    publicUrl: () => process.env.LOCAL_LAKE_PUBLIC_URL ?? url,
  };
  // Add-on datasets (comments) and the access groups every dataset stores, kept equal to users.json.
  const addons = new AddonDatasets(resolved.dataDir, services, (addonStore) =>
    syncAdministratorGroup(
      addonStore,
      users.all().map((user) => user.id),
    ),
  );
  services.addons = addons;
  const stopSystemGroups = keepSystemGroups(users, resolved.dataDir, () => [store, ...addons.stores()]);
  const listener = createRequestListener(
    lakeRoutes(db),
    services,
    resolved.studioDir ? studioStaticHandler(resolved.studioDir) : undefined,
  );
  const server = http.createServer(listener);
  server.keepAliveTimeout = 65_000;
  answerClientErrors(server);
  const presence = new PresenceHub();
  acceptPresenceSockets(server, presence, services);
  url = `http://${resolved.host}:${await listen(server, resolved.port, resolved.host, 'LOCAL_LAKE_PORT')}`;

  // HTTP/2 over TLS for the Studio: over HTTP/1.1 its many listeners exhaust the browser's six connections.
  let tlsUrl: string | null = null;
  let caFile: string | null = null;
  let secureServer: http2.Http2SecureServer | null = null;
  const sessions = new Set<http2.ServerHttp2Session>();
  if (resolved.tlsPort !== null) {
    const tls = await loadOrCreateTls(resolved.dataDir);
    caFile = tls.caFile;
    secureServer = http2.createSecureServer({ key: tls.key, cert: tls.cert, allowHTTP1: true }, listener);
    acceptPresenceSockets(secureServer, presence, services);
    secureServer.on('session', (session: http2.ServerHttp2Session) => {
      sessions.add(session);
      session.on('close', () => sessions.delete(session));
    });
    tlsUrl = `https://localhost:${await listen(secureServer, resolved.tlsPort, resolved.host, 'LOCAL_LAKE_TLS_PORT')}`;
  }

  cors.setDefaults(
    defaultCorsOrigins({ url, tlsPort: tlsUrl ? Number(new URL(tlsUrl).port) : null }, process.env),
  );
  return {
    url,
    tlsUrl,
    caFile,
    studioUrl: resolved.studioDir
      ? (tlsUrl ? tlsUrl.replace('//localhost:', `//${STUDIO_HOST}:`) : url) + '/'
      : null,
    token,
    dataDir: resolved.dataDir,
    documentCount: store.size,
    async close() {
      stopSystemGroups();
      await queries.close();
      scheduler.close();
      await addons.close();
      live.close();
      listeners.close();
      presence.close();
      webhooks.close();
      await webhooks.idle();
      server.closeAllConnections();
      for (const session of sessions) session.destroy();
      await Promise.all([
        new Promise<void>((resolve) => server.close(() => resolve())),
        secureServer ? new Promise<void>((resolve) => secureServer.close(() => resolve())) : undefined,
      ]);
      db.close();
      unlock();
    },
  };
}

export class PortInUseError extends Error {}

async function listen(
  server: http.Server | http2.Http2SecureServer,
  port: number,
  host: string,
  variable: string,
): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new PortInUseError(
              `Port ${port} on ${host} is already in use (is another lake running?). Set ${variable} to a free port.`,
            )
          : error,
      );
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
  return (server.address() as AddressInfo).port;
}
