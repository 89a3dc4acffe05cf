// Types of site-process.mjs for the TypeScript tests that start a built site of their own.
export function localSiteEnv(options: { lakePort: number; sitePort: number; dataDir: string }): NodeJS.ProcessEnv;
export function startBuiltSite(
  port: number,
  env: NodeJS.ProcessEnv,
  cwd?: string,
): Promise<{ url: string; pgid: number; stop: () => Promise<void> }>;
export function nextBuild(env: NodeJS.ProcessEnv, cwd?: string): Promise<void>;
