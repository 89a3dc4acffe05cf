// The lake's fixed facts, for every tool around it, the Studio's browser bundle included: no imports, constants
// only. Where the lake listens and keeps its data at run time is resolved in config.ts (LOCAL_LAKE_* variables).

/** The project id the lake answers as (hosted projects have their own). */
export const PROJECT_ID = 'local';
/** The datasets the lake serves; the first is the one the site and the Studio use. */
export const DATASETS = ['production'] as const;
/** Plain HTTP port on 127.0.0.1 unless LOCAL_LAKE_PORT says otherwise. */
export const DEFAULT_PORT = 3900;
/** HTTP/2 + TLS port for the Studio unless LOCAL_LAKE_TLS_PORT says otherwise. */
export const DEFAULT_TLS_PORT = 3901;
/** Data folder, relative to the repository root, unless LOCAL_LAKE_DATA_DIR says otherwise. */
export const DEFAULT_DATA_DIR = '.data/lake';
/** Seed folder (`production.ndjson` and `images/`), relative to the repository root, unless LOCAL_LAKE_SEED_DIR says otherwise. */
export const DEFAULT_SEED_DIR = 'sanity/seed';
