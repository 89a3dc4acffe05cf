// Where a person opens the Studio when it runs on the local lake, and the `#token=` that logs them in.
//
// The Studio sends its API requests to `https://<projectId>.localhost:<port>` (it prepends the project id `local`
// to the apiHost it was built with). The lake serves the built Studio from that same host, so the browser's
// warning about the lake's locally made certificate comes once, on the Studio page, and accepting it covers every
// API call. A Studio page on any other origin (the `sanity dev` server on :3333) gets no warning at all: its API
// calls just fail until the certificate has been accepted on the lake's host or its authority is trusted.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from './lake-process.mjs';

const LOCAL_PROJECT_ID = 'local';

/** The lake's HTTP/2 + TLS port (LOCAL_LAKE_TLS_PORT, default 3901), as the lake itself reads it. */
export function lakeTlsPort(env = process.env) {
  const raw = env.LOCAL_LAKE_TLS_PORT;
  if (raw === 'off') return null;
  const port = raw === undefined || raw === '' ? 3901 : Number(raw);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new Error(`LOCAL_LAKE_TLS_PORT must be a port number or "off", got "${raw}"`);
  }
  return port;
}

/** The apiHost the Studio is built with (SANITY_STUDIO_LAKE_URL); it must name the lake's TLS port. */
export function studioLakeUrl(env = process.env) {
  return (env.SANITY_STUDIO_LAKE_URL ?? `https://localhost:${lakeTlsPort(env) ?? 3901}`).replace(/\/+$/, '');
}

/** The origin the Studio's API requests go to, which is also where the lake serves the built Studio. */
export function lakeStudioOrigin(env = process.env) {
  const apiHost = new URL(studioLakeUrl(env));
  return `${apiHost.protocol}//${LOCAL_PROJECT_ID}.${apiHost.host}`;
}

/** Where `sanity dev` serves the Studio with live reload (its port is set in sanity/sanity.cli.ts). */
export const STUDIO_DEV_ORIGIN = 'http://localhost:3333';

/**
 * Every origin a Studio page is opened from in development: the printed live-reload URL (and its 127.0.0.1
 * spelling) and, when the Studio runs on the lake, the lake's Studio origin. The site lets these frame it
 * (SANITY_STUDIO_ORIGINS, apps/web/src/config/security-headers.ts) for the Presentation tool.
 */
export function studioOrigins(env = process.env, { onLake = true } = {}) {
  const devOrigins = [STUDIO_DEV_ORIGIN, STUDIO_DEV_ORIGIN.replace('//localhost', '//127.0.0.1')];
  return onLake ? [lakeStudioOrigin(env), ...devOrigins] : devOrigins;
}

export function lakeDataDir(env = process.env) {
  return path.resolve(repoRoot, env.LOCAL_LAKE_DATA_DIR || '.data/lake');
}

/** The certificate authority the lake signs its certificate with; trusting it removes the browser warning. */
export function lakeCaFile(env = process.env) {
  return path.join(lakeDataDir(env), 'tls', 'ca.crt');
}

/** The lake's editor token: LOCAL_LAKE_TOKEN, else the one it generated in `<data dir>/token` on first start. */
export async function lakeToken(env = process.env) {
  const fromEnv = env.LOCAL_LAKE_TOKEN?.trim();
  if (fromEnv) return fromEnv;
  try {
    return (await readFile(path.join(lakeDataDir(env), 'token'), 'utf8')).trim() || null;
  } catch {
    return null;
  }
}

/** `<base>/#token=…`: opening it logs the editor in (the Studio moves the token out of the address bar). */
export async function studioLoginUrl(base = `${lakeStudioOrigin()}/`, env = process.env) {
  const token = await lakeToken(env);
  const root = base.endsWith('/') ? base : `${base}/`;
  return token ? `${root}#token=${token}` : `${root} (no lake token found yet: start the lake once)`;
}
