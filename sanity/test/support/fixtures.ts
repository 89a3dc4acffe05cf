// Seed documents as imported, cloned per test so a test can change them freely.
import { loadSeedDataset } from '@clinic/content/testing/seed-dataset';
import type { SeedDocument } from './seed.ts';

export const seed = (await loadSeedDataset()) as SeedDocument[];

export const byId = (id: string) =>
  structuredClone(seed.find((document) => document._id === id)) as SeedDocument;

export const firstOfType = (type: string) =>
  structuredClone(seed.find((document) => document._type === type)) as SeedDocument;
