// Types of chromium.mjs for the TypeScript Playwright configurations.
export const CHROMIUM_PATH: string;
export const CHROMIUM_FLAGS: readonly string[];
