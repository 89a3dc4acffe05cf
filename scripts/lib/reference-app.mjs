// The smallest App Router app, built and started beside the site so benchmarks can print the site's figures
// next to what Next.js itself costs on the same machine in the same run (the machine is shared; absolute figures
// move with everybody else's load, ratios to this reference do not).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from './repo-root.mjs';
import { nextBuild, startBuiltSite } from './site-process.mjs';

/** One static page with a heading and a paragraph: no data, no proxy, no styles, no client component. */
const REFERENCE_APP = {
  'next.config.mjs': 'export default { poweredByHeader: false };\n',
  'app/layout.jsx':
    "export const metadata = { title: 'One page' };\n" +
    'export default function RootLayout({ children }) {\n' +
    '  return (<html lang="en"><body>{children}</body></html>);\n}\n',
  'app/page.jsx':
    'export default function Page() {\n' +
    '  return (<main><h1>One page</h1><p>A static page rendered at build time.</p></main>);\n}\n',
};

/**
 * Writes the one-page app into a temporary folder under the repository (so it resolves the repository's own
 * `next`, the same version as the site's), runs `next build` there and `next start` on 127.0.0.1:`port`.
 * Resolves to `{ url, pgid, folder, stop }`; `stop()` stops the server and removes the folder.
 */
export async function startReferenceApp(port) {
  const folder = await mkdtemp(path.join(repoRoot, '.bench-reference-'));
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, NEXT_TELEMETRY_DISABLED: '1' };
  try {
    for (const [file, text] of Object.entries(REFERENCE_APP)) {
      await mkdir(path.dirname(path.join(folder, file)), { recursive: true });
      await writeFile(path.join(folder, file), text);
    }
    console.log(`Building the one-page app in ${path.relative(repoRoot, folder)} (next build)…`);
    await nextBuild(env, folder);
    const server = await startBuiltSite(port, env, folder);
    return {
      ...server,
      folder,
      stop: async () => {
        await server.stop();
        await rm(folder, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
}
