// Runs the Studio's own validation (the same rules editors see) outside the browser.
import {
  createSchema,
  validateDocument,
  type SanityDocument,
  type Schema,
  type ValidationMarker,
  type Workspace,
} from 'sanity';
import { schemaTypes } from '../../schemaTypes/index.ts';
import { createMemoryLake } from './memoryLake.ts';

export const schema = createSchema({ name: 'default', types: schemaTypes });

/**
 * `withSchema` is this project's schema types by default; pass the resolved Studio's (support/source.ts) for the
 * types plugins add, such as `translation.metadata`.
 * `studio` validates as the editor's Studio does (errors block publishing). `cli` additionally warns about fields
 * the schema does not declare, but it also downgrades object-level rules to warnings, so tests use both.
 */
export async function validate(
  document: { _id: string; _type: string } & Record<string, unknown>,
  lakeDocuments: { _id: string }[] = [],
  environment: 'studio' | 'cli' = 'studio',
  withSchema: Schema = schema,
): Promise<ValidationMarker[]> {
  const lake = createMemoryLake([...lakeDocuments.filter((item) => item._id !== document._id), document]);
  return validateDocument({
    document: document as SanityDocument,
    // validateDocument reads only `schema` (and optionally `i18n`) from the workspace.
    workspace: { schema: withSchema } as unknown as Workspace,
    getClient: lake.getClient,
    getDocumentExists: lake.getDocumentExists,
    environment,
  });
}

export function describeMarkers(markers: ValidationMarker[]): string {
  return markers
    .map((marker) => `${marker.level} at ${JSON.stringify(marker.path)}: ${marker.message}`)
    .join('\n');
}

export function errorsAt(markers: ValidationMarker[], field: string): string[] {
  return markers
    .filter((marker) => marker.level === 'error' && marker.path[0] === field)
    .map((marker) => marker.message);
}
