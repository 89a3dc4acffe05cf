/** See import-walk.mjs. */
export declare function followNamedImports(roots: string[], names: ReadonlySet<string>): Set<string>;
