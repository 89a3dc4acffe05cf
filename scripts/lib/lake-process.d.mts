// Types of lake-process.mjs for the TypeScript tests that start a lake of their own.
import type { ChildProcess } from 'node:child_process';

export const repoRoot: string;
export interface LakeConfig {
  port: number;
  url: string;
}
export function lakeConfig(env?: NodeJS.ProcessEnv): LakeConfig;
export function lakeIsUp(url: string): Promise<boolean>;
export function startLakeProcess(
  config: LakeConfig,
  options?: { env?: NodeJS.ProcessEnv; quiet?: boolean },
): Promise<{ child: ChildProcess; url: string; stop: () => Promise<void> }>;
