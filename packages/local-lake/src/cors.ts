// Which web pages may call the lake from a browser, as the hosted Content Lake decides it: by the project's CORS
// origins (https://www.sanity.io/docs/cors), each with or without credentials. A page from any other origin gets
// no `Access-Control-Allow-*` headers, so the browser refuses it the answer (and the preflight of a write).
//
// Allowed by default: the lake's own origins (the Studio it serves), the Studio's live-reload server
// (`sanity dev`, STUDIO_DEV_ORIGIN) and the site (DEFAULT_SITE_ORIGIN, or the origins the dev and test runners
// give the site and the Studio: NEXT_PUBLIC_SITE_URL, PORT, SANITY_STUDIO_ORIGINS, NEXT_PUBLIC_SANITY_STUDIO_URL),
// all with credentials. More: LOCAL_LAKE_CORS_ORIGINS (space- or comma-separated, with credentials) or
// `<data>/cors.json` (`[{"origin": "https://…", "allowCredentials": true}]`, what `local-lake cors add` writes;
// re-read when it changes). Node built-ins only: the settings entry point re-exports the file helpers.
import fs from 'node:fs';
import path from 'node:path';

export interface CorsOrigin {
  /** `scheme://host[:port]`, as a browser sends it in `Origin`. */
  origin: string;
  /** Whether requests may carry cookies or an Authorization header from this origin. */
  allowCredentials: boolean;
}

/** Where `sanity dev` serves the Studio with live reload (its port is set in sanity/sanity.cli.ts). */
export const STUDIO_DEV_ORIGIN = 'http://localhost:3333';
/** Where `npm run dev` serves the site unless PORT says otherwise. */
export const DEFAULT_SITE_PORT = 3000;

export function corsFile(dataDir: string): string {
  return path.join(dataDir, 'cors.json');
}

/** `https://Example.org:443/path` → `https://example.org`; throws for anything that is not an http(s) origin. */
export function normalizeOrigin(value: string): string {
  const url = new URL(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new Error(`"${value}" is not an http(s) origin`);
  return url.origin;
}

/** The same origin on `localhost` and `127.0.0.1`, the two spellings the tools use. */
function bothLoopbackSpellings(origin: string): string[] {
  const url = new URL(origin);
  if (url.hostname === 'localhost') return [origin, origin.replace('//localhost', '//127.0.0.1')];
  if (url.hostname === '127.0.0.1') return [origin, origin.replace('//127.0.0.1', '//localhost')];
  return [origin];
}

/** The default origins for a lake at `urls` started with `env` (see the header). */
export function defaultCorsOrigins(
  urls: { url: string; tlsPort: number | null },
  env: NodeJS.ProcessEnv = process.env,
): string[] {
  const origins = [urls.url, STUDIO_DEV_ORIGIN, `http://localhost:${env.PORT || DEFAULT_SITE_PORT}`];
  if (urls.tlsPort !== null) {
    origins.push(`https://localhost:${urls.tlsPort}`, `https://local.localhost:${urls.tlsPort}`);
  }
  for (const value of [
    env.NEXT_PUBLIC_SITE_URL,
    env.NEXT_PUBLIC_SANITY_STUDIO_URL,
    ...(env.SANITY_STUDIO_ORIGINS ?? '').split(/[\s,]+/),
    ...(env.LOCAL_LAKE_CORS_ORIGINS ?? '').split(/[\s,]+/),
  ]) {
    if (!value) continue;
    try {
      origins.push(normalizeOrigin(value));
    } catch {
      // Not an origin (a relative Studio path, say): nothing to allow.
    }
  }
  return [...new Set(origins.map(normalizeOrigin).flatMap(bothLoopbackSpellings))];
}

/** Reads `<data>/cors.json`; throws with the fault named when it is not a list of `{origin, allowCredentials}`. */
export function readCorsFile(dataDir: string): CorsOrigin[] {
  const file = corsFile(dataDir);
  if (!fs.existsSync(file)) return [];
  const entries = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  if (!Array.isArray(entries)) throw new Error(`${file} must hold a JSON array`);
  return entries.map((entry: unknown) => {
    const { origin, allowCredentials } = (entry ?? {}) as { origin?: unknown; allowCredentials?: unknown };
    if (typeof origin !== 'string') throw new Error(`${file}: every entry needs an "origin" string`);
    return { origin: normalizeOrigin(origin), allowCredentials: allowCredentials === true };
  });
}

/** Adds (or updates) an origin in `<data>/cors.json`, as `local-lake cors add <origin> [--credentials]` does. */
export function addCorsOrigin(dataDir: string, origin: string, allowCredentials: boolean): CorsOrigin {
  const entry = { origin: normalizeOrigin(origin), allowCredentials };
  const entries = readCorsFile(dataDir).filter((existing) => existing.origin !== entry.origin);
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(corsFile(dataDir), `${JSON.stringify([...entries, entry], null, 2)}\n`);
  return entry;
}

/** The origins a running lake allows: its defaults and `<data>/cors.json`, re-read when the file changes. */
export class CorsPolicy {
  #defaults = new Map<string, CorsOrigin>();
  readonly #dataDir: string;
  readonly #log: (line: string) => void;
  #fileStamp = '';
  #fromFile = new Map<string, CorsOrigin>();

  constructor(dataDir: string, log: (line: string) => void) {
    this.#dataDir = dataDir;
    this.#log = log;
  }

  /** Sets the default origins (with credentials), once the lake knows the ports it listens on. */
  setDefaults(origins: string[]): void {
    this.#defaults = new Map(origins.map((origin) => [origin, { origin, allowCredentials: true }]));
  }

  /** The entry for a request's `Origin`, or null when the origin is not allowed. */
  lookup(origin: string | undefined): CorsOrigin | null {
    if (!origin) return null;
    return this.#defaults.get(origin) ?? this.#file().get(origin) ?? null;
  }

  list(): CorsOrigin[] {
    return [...this.#defaults.values(), ...this.#file().values()];
  }

  #file(): Map<string, CorsOrigin> {
    const file = corsFile(this.#dataDir);
    let stamp = 'absent';
    try {
      const stat = fs.statSync(file);
      stamp = `${stat.mtimeMs}:${stat.size}`;
    } catch {
      // no file: only the defaults
    }
    if (stamp === this.#fileStamp) return this.#fromFile;
    this.#fileStamp = stamp;
    try {
      this.#fromFile = new Map(readCorsFile(this.#dataDir).map((entry) => [entry.origin, entry]));
    } catch (error) {
      this.#log(`ignoring ${file}: ${(error as Error).message}`);
      this.#fromFile = new Map();
    }
    return this.#fromFile;
  }
}
