// Where the authoring test's programs live and listen. Ports are picked free at the start of each run (or given
// through E2E_STUDIO_*_PORT) and handed to the tests through the environment with the run's other values.
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const studioPackageDir = path.join(repoRoot, 'sanity');
export const webDir = path.join(repoRoot, 'apps/web');
export const sanityCli = path.join(repoRoot, 'node_modules/@sanity/cli/bin/run.js');
export const nextCli = path.join(repoRoot, 'node_modules/next/dist/bin/next');
/** The site's build for this test goes to its own folder, never over a developer's `.next`. */
export const siteDistDir = '.next-e2e-studio';

export interface RunAddresses {
  lakePort: number;
  lakeTlsPort: number;
  sitePort: number;
}

/** A port nothing listens on right now, or the one the environment variable names. */
export async function choosePort(variable: string): Promise<number> {
  const given = process.env[variable];
  if (given) {
    const value = Number(given);
    if (!Number.isInteger(value) || value <= 0 || value > 65535)
      throw new Error(`${variable} must be a port number`);
    return value;
  }
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export function addressesOf({ lakePort, lakeTlsPort, sitePort }: RunAddresses) {
  return {
    /** Plain HTTP, for the site and for checking what the lake stored. */
    lakeUrl: `http://127.0.0.1:${lakePort}`,
    /** The apiHost the Studio is built with. */
    studioApiHost: `https://localhost:${lakeTlsPort}`,
    /** Where the Studio sends its API requests (project id `local` prepended), and where the lake serves it. */
    studioOrigin: `https://local.localhost:${lakeTlsPort}`,
    siteUrl: `http://127.0.0.1:${sitePort}`,
  };
}

/** What the global setup hands to the tests. */
export interface RunValues extends RunAddresses {
  /** The editor's token (the lake token). */
  token: string;
  /** The medical reviewer's token, a second login in the lake's users.json. */
  reviewerToken: string;
}

const RUN_VARIABLE = 'E2E_STUDIO_RUN';

export function publishRun(values: RunValues): void {
  process.env[RUN_VARIABLE] = JSON.stringify(values);
}

export function currentRun(): RunValues & ReturnType<typeof addressesOf> {
  const raw = process.env[RUN_VARIABLE];
  if (!raw)
    throw new Error(`${RUN_VARIABLE} is not set: run the authoring test through sanity/playwright.config.ts`);
  const values = JSON.parse(raw) as RunValues;
  return { ...values, ...addressesOf(values) };
}
