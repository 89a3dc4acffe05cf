// Types of .dependency-cruiser.mjs, for test/layers.test.ts (the config stays JavaScript so the depcruise command
// line reads it as it is).
import type { IConfiguration } from 'dependency-cruiser';

declare const config: IConfiguration & Required<Pick<IConfiguration, 'forbidden' | 'options'>>;
export default config;
