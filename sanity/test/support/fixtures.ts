// Seed documents as imported, cloned per test so a test can change them freely.
import { importSeedDocuments, type SeedDocument } from './seed.ts';

export const seed = importSeedDocuments();

export const byId = (id: string) =>
  structuredClone(seed.find((document) => document._id === id)) as SeedDocument;

export const firstOfType = (type: string) =>
  structuredClone(seed.find((document) => document._type === type)) as SeedDocument;
