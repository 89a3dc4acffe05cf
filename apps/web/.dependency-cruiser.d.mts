// Types of .dependency-cruiser.mjs, for src/architecture.test.ts (the config stays JavaScript so the depcruise
// command line reads it as it is).
import type { IConfiguration } from 'dependency-cruiser';

declare const config: IConfiguration & Required<Pick<IConfiguration, 'forbidden' | 'options'>>;
export default config;

/** The files under src/ that start with the 'use client' directive, relative to apps/web. */
export declare const clientFiles: string[];
