// The lake's reading of `sanity dataset import` files, for tools that need a dataset as the lake holds it after
// an import (for example tests that run the site's GROQ in memory over the sample content) without starting it.
export { ImportError, readImportFile, type ImportFileContents } from './store/import-ndjson.ts';
export { DEFAULT_SEED_DIR } from './config.ts';
