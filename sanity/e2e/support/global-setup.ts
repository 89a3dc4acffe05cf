// Everything the Studio tests run against, started fresh for each run: a local lake on a temporary copy of the
// sample dataset (known editor token, a second login for a medical reviewer, a signed webhook to the site), the
// Studio built for that lake and served by it with the site as its Presentation preview, and the visitor site
// built and started against it (`next build` + `next start`, as in production) letting the Studio frame it.
import { CONTENT_TYPES } from '@clinic/content/tags';
import { startLakeProcess } from '@clinic/local-lake/process';
import { addUser } from '@clinic/local-lake/settings';
import { revalidationWebhook } from '@clinic/local-lake/webhooks';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  addressesOf,
  choosePort,
  nextCli,
  publishRun,
  repoRoot,
  sanityCli,
  siteDistDir,
  studioPackageDir,
  webDir,
} from './environment.ts';
import { studioOrigins } from '../../../scripts/lib/studio-url.mjs';
import { finished, startNode, waitForUrl, type Started } from './processes.ts';

const STARTUP_TIMEOUT_MS = 60_000;

export default async function globalSetup(): Promise<() => Promise<void>> {
  const began = Date.now();
  const runDir = mkdtempSync(path.join(tmpdir(), 'clinic-studio-e2e-'));
  const studioDir = path.join(runDir, 'studio');
  const token = randomBytes(24).toString('hex');
  const revalidateSecret = randomBytes(16).toString('hex');
  const running: Started[] = [];
  const ports = {
    lakePort: await choosePort('E2E_STUDIO_LAKE_PORT'),
    lakeTlsPort: await choosePort('E2E_STUDIO_LAKE_TLS_PORT'),
    sitePort: await choosePort('E2E_STUDIO_SITE_PORT'),
  };
  const { lakePort, lakeTlsPort, sitePort } = ports;
  const { lakeUrl, siteUrl, studioApiHost } = addressesOf(ports);
  const lakeDataDir = path.join(runDir, 'lake');
  // A second person, listed in the lake's data folder before it starts, as `npm run lake -- add-user` does.
  const reviewerToken = addUser(lakeDataDir, 'Medical reviewer').token;

  const teardown = async () => {
    for (const program of running.reverse()) await program.stop();
    rmSync(runDir, { recursive: true, force: true });
    rmSync(path.join(webDir, siteDistDir), { recursive: true, force: true });
  };

  try {
    const lake = await startLakeProcess({
      port: lakePort,
      tlsPort: lakeTlsPort,
      dataDir: lakeDataDir,
      seedDir: path.join(repoRoot, 'sanity/seed'),
      env: {
        ...process.env,
        LOCAL_LAKE_STUDIO_DIR: studioDir,
        LOCAL_LAKE_TOKEN: token,
        // As a GROQ webhook in a hosted project's settings would: published changes call the site, signed.
        LOCAL_LAKE_WEBHOOKS: JSON.stringify([
          revalidationWebhook({ siteUrl, secret: revalidateSecret, types: CONTENT_TYPES }),
        ]),
      },
      startTimeoutMs: STARTUP_TIMEOUT_MS,
    });
    running.push({ child: lake.child, output: () => lake.logs.join(''), stop: () => lake.stop() });

    const siteEnv: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      NEXT_DIST_DIR: siteDistDir,
      NEXT_PUBLIC_SANITY_PROJECT_ID: '',
      NEXT_PUBLIC_SITE_URL: siteUrl,
      LOCAL_LAKE_URL: lakeUrl,
      LOCAL_LAKE_PORT: String(lakePort),
      // Draft mode checks the Presentation tool's secret against the lake with the editor token.
      LOCAL_LAKE_TOKEN: token,
      SANITY_REVALIDATE_SECRET: revalidateSecret,
      // The Studio origins `npm run dev` lets frame the site, computed by the same function for this run's lake.
      SANITY_STUDIO_ORIGINS: studioOrigins({ SANITY_STUDIO_LAKE_URL: studioApiHost }).join(' '),
    };
    // The two builds are independent; running them side by side saves most of the Studio build's time.
    const studioBuild = startNode('studio build', [sanityCli, 'build', studioDir, '--yes'], {
      cwd: studioPackageDir,
      env: {
        ...process.env,
        SANITY_TELEMETRY_DISABLED: '1',
        SANITY_STUDIO_PROJECT_ID: '',
        SANITY_STUDIO_LAKE_URL: studioApiHost,
        SANITY_STUDIO_PREVIEW_URL: siteUrl,
      },
    });
    const siteBuild = startNode('site build', [nextCli, 'build'], { cwd: webDir, env: siteEnv });
    running.push(studioBuild, siteBuild);
    await Promise.all([finished(studioBuild, 'The Studio build'), finished(siteBuild, 'The site build')]);

    const site = startNode(
      'site',
      [nextCli, 'start', '--hostname', '127.0.0.1', '--port', String(sitePort)],
      {
        cwd: webDir,
        env: siteEnv,
      },
    );
    running.push(site);
    await waitForUrl(`${siteUrl}/robots.txt`, site, STARTUP_TIMEOUT_MS);
  } catch (error) {
    await teardown();
    throw error;
  }

  publishRun({ ...ports, token, reviewerToken });
  console.log(
    `authoring test: lake, Studio build and site ready in ${((Date.now() - began) / 1000).toFixed(1)} s`,
  );
  return teardown;
}
