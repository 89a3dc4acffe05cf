// Every sample document must pass the Studio's own validation, exactly as an editor would see it on publish.
import { describe, expect, it } from '@jest/globals';
import { importSeedDocuments } from './support/seed.ts';
import { describeMarkers, schema, validate } from './support/studio.ts';

const documents = importSeedDocuments();
// Asset documents are written by the import itself, not by editors, so only content types are checked.
const contentDocuments = documents.filter((document) => !document._type.startsWith('sanity.'));

describe('sample dataset passes Studio validation', () => {
  it('has a schema type for every document it contains', () => {
    const unknownTypes = documents
      .map((document) => document._type)
      .filter((type) => !type.startsWith('sanity.') && !schema.get(type));
    expect(unknownTypes).toEqual([]);
  });

  it.each(contentDocuments.map((document) => [document._id, document] as const))(
    '%s has no validation errors or warnings',
    async (_id, document) => {
      const markers = [
        ...(await validate(document, documents, 'studio')),
        ...(await validate(document, documents, 'cli')),
      ];
      if (markers.length > 0) console.error(`${_id}:\n${describeMarkers(markers)}`);
      expect(describeMarkers(markers)).toBe('');
    },
  );
});
