// Every sample document must pass the Studio's own validation, exactly as an editor would see it on publish.
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { Schema } from 'sanity';
import { loadSeedDataset } from '@clinic/content/testing/seed-dataset';
import { studioSource } from './support/source.ts';
import { describeMarkers, schema, validate } from './support/studio.ts';

const documents = await loadSeedDataset();
// Asset documents are written by the import itself, not by editors, so only content types are checked.
const contentDocuments = documents.filter((document) => !document._type.startsWith('sanity.'));

// The Studio's full schema, with the types its plugins add (translation metadata).
let studioSchema: Schema;
beforeAll(async () => {
  studioSchema = (await studioSource()).schema;
});

describe('sample dataset passes Studio validation', () => {
  it('has a schema type for every document it contains', () => {
    const unknownTypes = documents
      .map((document) => document._type)
      .filter((type) => !type.startsWith('sanity.') && !studioSchema.get(type));
    expect(unknownTypes).toEqual([]);
  });

  it.each(contentDocuments.map((document) => [document._id, document] as const))(
    '%s has no validation errors or warnings',
    async (_id, document) => {
      // Project types are validated with the project's schema, as the other validation tests do; plugin types with
      // the resolved Studio's.
      const withSchema = schema.get(document._type) ? schema : studioSchema;
      const markers = [
        ...(await validate(document, documents, 'studio', withSchema)),
        ...(await validate(document, documents, 'cli', withSchema)),
      ];
      if (markers.length > 0) console.error(`${_id}:\n${describeMarkers(markers)}`);
      expect(describeMarkers(markers)).toBe('');
    },
  );

  // In a content release the Studio validates the version (`versions.<release>.<id>`) before the release may be
  // scheduled or published: every rule must judge it as the document it will become, beside its published self.
  it.each(contentDocuments.map((document) => [document._id, document] as const))(
    '%s as a release version has no validation errors or warnings',
    async (_id, document) => {
      if (_id.startsWith('drafts.')) return;
      const version = { ...document, _id: `versions.rCheck.${_id}` };
      const withSchema = schema.get(document._type) ? schema : studioSchema;
      const markers = await validate(version, documents, 'studio', withSchema);
      expect(describeMarkers(markers)).toBe('');
    },
  );
});
