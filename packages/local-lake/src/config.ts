// Where the lake keeps its data and which addresses it answers on. Paths are resolved from this package's location,
// not from the working directory, so `npm run lake` behaves the same from the repository root or the package.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = path.resolve(packageDir, '..', '..');

import { DEFAULT_DATA_DIR, DEFAULT_PORT, DEFAULT_SEED_DIR, DEFAULT_TLS_PORT } from './constants.ts';

export {
  DATASETS,
  DEFAULT_DATA_DIR,
  DEFAULT_PORT,
  DEFAULT_SEED_DIR,
  DEFAULT_TLS_PORT,
  PROJECT_ID,
} from './constants.ts';

export interface LakeOptions {
  /** Plain HTTP port on 127.0.0.1; 0 picks a free one. */
  port?: number;
  /** HTTP/2 + TLS port for the Studio; 0 picks a free one, null turns it off. */
  tlsPort?: number | null;
  /** Folder holding the SQLite database and asset files. */
  dataDir?: string;
  /** Folder with `production.ndjson` (+ `images/`) loaded on the first start only. */
  seedDir?: string;
  /** A built Studio (`sanity build` output) to serve from the lake's origins; off when undefined. */
  studioDir?: string;
  /** Host name to bind; loopback only by design. */
  host?: string;
  /** Log line sink; defaults to stderr. */
  log?: (line: string) => void;
}

export interface ResolvedLakeOptions {
  port: number;
  tlsPort: number | null;
  dataDir: string;
  seedDir: string;
  studioDir: string | undefined;
  host: string;
  log: (line: string) => void;
}

export function resolveOptions(
  options: LakeOptions = {},
  env: NodeJS.ProcessEnv = process.env,
): ResolvedLakeOptions {
  const port = options.port ?? numberFromEnv(env.LOCAL_LAKE_PORT, DEFAULT_PORT);
  const tlsPort =
    options.tlsPort !== undefined
      ? options.tlsPort
      : env.LOCAL_LAKE_TLS_PORT === 'off'
        ? null
        : numberFromEnv(env.LOCAL_LAKE_TLS_PORT, DEFAULT_TLS_PORT);
  const dataDir = path.resolve(repoRoot, (options.dataDir ?? env.LOCAL_LAKE_DATA_DIR) || DEFAULT_DATA_DIR);
  const seedDir = path.resolve(repoRoot, (options.seedDir ?? env.LOCAL_LAKE_SEED_DIR) || DEFAULT_SEED_DIR);
  return {
    port,
    tlsPort,
    dataDir,
    seedDir,
    studioDir:
      options.studioDir ??
      (env.LOCAL_LAKE_STUDIO_DIR ? path.resolve(repoRoot, env.LOCAL_LAKE_STUDIO_DIR) : undefined),
    host: options.host ?? '127.0.0.1',
    log: options.log ?? ((line) => process.stderr.write(`[local-lake] ${line}\n`)),
  };
}

/** The folder with the lake's TLS material, and the certificate authority a browser can be told to trust. */
export function tlsDir(dataDir: string): string {
  return path.join(dataDir, 'tls');
}

export function tlsCaFile(dataDir: string): string {
  return path.join(tlsDir(dataDir), 'ca.crt');
}

/** The plain HTTP address of a lake with these settings (`http://127.0.0.1:<port>`). */
export function lakeUrl(settings: Pick<ResolvedLakeOptions, 'host' | 'port'>): string {
  return `http://${settings.host}:${settings.port}`;
}

function numberFromEnv(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0 || parsed > 65535) {
    throw new Error(`Invalid port "${value}": expected an integer between 0 and 65535`);
  }
  return parsed;
}
