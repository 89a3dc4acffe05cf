// Types of studio-url.mjs for the TypeScript browser tests.
type Env = Record<string, string | undefined>;
export function studioLakeUrl(env?: Env): string;
export function lakeStudioOrigin(env?: Env): string;
export const STUDIO_DEV_ORIGIN: string;
export function studioOrigins(env?: Env, options?: { onLake?: boolean }): string[];
export function lakeCaFile(env?: Env): string;
export function studioLoginUrl(base?: string, env?: Env): Promise<string>;
