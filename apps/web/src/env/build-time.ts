import fs from 'node:fs';
import path from 'node:path';
import { clinicTimeZone } from './time-zone.ts';
import { publicEnv } from './public.ts';

/**
 * Settings `next build` fixes into the output: Next.js inlines every `NEXT_PUBLIC_*` variable into the bundles,
 * and pages rendered at build time carry dates in `CLINIC_TIME_ZONE`. Changing one of them needs a rebuild;
 * every other variable (`LOCAL_LAKE_URL`/`LOCAL_LAKE_PORT`, tokens, secrets) is read when the server runs.
 * Values are the parsed ones (defaults applied), so "unset" and "set to the default" agree.
 */
export function buildTimeSettings(): Record<string, string | null> {
  return {
    NEXT_PUBLIC_SANITY_PROJECT_ID: publicEnv.isLocalLake ? null : publicEnv.projectId,
    NEXT_PUBLIC_SANITY_DATASET: publicEnv.dataset,
    NEXT_PUBLIC_SANITY_API_VERSION: publicEnv.apiVersion,
    NEXT_PUBLIC_SITE_URL: publicEnv.siteUrl,
    NEXT_PUBLIC_SANITY_STUDIO_URL: publicEnv.studioUrl,
    CLINIC_TIME_ZONE: clinicTimeZone,
  };
}

/**
 * Where the build records its settings. `cache/` is the one folder of the build output `next build` does not
 * empty when it starts, so the record written while the configuration loads survives the build.
 */
const recordPath = (distDir: string) => path.join(distDir, 'cache', 'build-time-settings.json');

/** Writes the settings this build fixes (at `next build`). */
export function recordBuildTimeSettings(distDir: string, settings = buildTimeSettings()): void {
  fs.mkdirSync(path.dirname(recordPath(distDir)), { recursive: true });
  fs.writeFileSync(recordPath(distDir), `${JSON.stringify(settings, null, 2)}\n`);
}

/**
 * Lines naming every setting whose value now differs from the one the build fixed; empty when they agree or
 * when the build left no record (a build older than the record).
 */
export function changedBuildTimeSettings(distDir: string, settings = buildTimeSettings()): string[] {
  let built: Record<string, string | null>;
  try {
    built = JSON.parse(fs.readFileSync(recordPath(distDir), 'utf8')) as Record<string, string | null>;
  } catch {
    return [];
  }
  const show = (value: string | null | undefined) => (value == null ? 'unset' : JSON.stringify(value));
  return Object.entries(settings)
    .filter(([name, value]) => name in built && built[name] !== value)
    .map(([name, value]) => `  - ${name}: built with ${show(built[name])}, now ${show(value)}`);
}

/** Throws (at `next start`) when a setting fixed by the build has changed since, naming each one. */
export function assertBuildTimeSettingsUnchanged(distDir: string): void {
  const changed = changedBuildTimeSettings(distDir);
  if (changed.length === 0) return;
  throw new Error(
    `These settings are fixed when the site is built and differ from the build in ${distDir}:\n${changed.join('\n')}\n` +
      'Start with the values the site was built with, or run `npm run build` again. See apps/web/README.md.',
  );
}
