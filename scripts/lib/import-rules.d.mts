import type { IConfiguration } from 'dependency-cruiser';

/** See import-rules.mjs. */
export declare function importRuleViolations(
  packageRoot: string,
  config: IConfiguration & Required<Pick<IConfiguration, 'forbidden' | 'options'>>,
): Promise<{ modules: number; violations: string[] }>;
