// The repository's shared rules, plus this app's extra build and test output folders.
import shared from '../../eslint.config.mjs';

export default [{ ignores: ['.next-e2e/**', 'test-results/**', 'playwright-report/**'] }, ...shared];
