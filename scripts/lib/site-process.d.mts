// Types of site-process.mjs for the TypeScript tests that start a built site of their own.
export function startBuiltSite(port: number, env: NodeJS.ProcessEnv): Promise<{ url: string; stop: () => Promise<void> }>;
export function nextBuild(env: NodeJS.ProcessEnv): Promise<void>;
