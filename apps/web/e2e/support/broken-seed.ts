// Builds the dataset the browser tests run on: a fresh copy of the sample dataset plus documents that are broken
// on purpose, so the tests can prove a malformed reference or clinic field is left out instead of breaking a page.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const sampleSeedDir = path.join(repoRoot, 'sanity/seed');

export const MALFORMED_ARTICLE_SLUG = 'e2e-article-with-malformed-reference';
export const MALFORMED_ARTICLE_TITLE = 'Test article whose sources include a malformed reference';
export const BROKEN_REFERENCE_TITLE = 'Broken reference that must not be shown';
export const BROKEN_CLINIC_NAME = 'Test clinic with malformed contact fields';
/** Article the malformed one is cloned from: its valid references must all survive. */
export const SOURCE_ARTICLE_ID = 'article-ketamine-for-crps-what-to-expect';

type SeedDoc = Record<string, unknown> & { _id: string; _type: string };

function malformedArticle(source: SeedDoc): SeedDoc {
  const references = (source.references as Record<string, unknown>[]) ?? [];
  return {
    ...source,
    _id: 'article-e2e-malformed-reference',
    title: MALFORMED_ARTICLE_TITLE,
    slug: { _type: 'slug', current: MALFORMED_ARTICLE_SLUG },
    featured: false,
    // One reference with no source, no DOI and a javascript: URL: invalid on every count.
    references: [
      ...references,
      { _key: 'broken-ref', _type: 'citation', title: BROKEN_REFERENCE_TITLE, url: 'javascript:alert(1)', year: 'last year' },
    ],
    body: [
      ...((source.body as unknown[]) ?? []),
      {
        _type: 'block',
        _key: 'e2e-broken',
        style: 'normal',
        markDefs: [
          { _key: 'e2e-cite', _type: 'citation', referenceKey: 'broken-ref' },
          { _key: 'e2e-link', _type: 'link', href: 'javascript:alert(document.cookie)' },
        ],
        children: [
          { _type: 'span', _key: 'e2e-s1', text: 'This sentence cites the broken reference', marks: ['e2e-cite'] },
          { _type: 'span', _key: 'e2e-s2', text: ' and contains an unsafe link.', marks: ['e2e-link'] },
        ],
      },
    ],
  };
}

function malformedClinic(): SeedDoc {
  return {
    _id: 'clinic-e2e-malformed',
    _type: 'clinic',
    name: BROKEN_CLINIC_NAME,
    isPrimary: false,
    phone: 'call us now',
    email: 'not-an-email',
    bookingUrl: 'javascript:alert(1)',
    mapUrl: 'http://insecure.example/map',
    website: 'ftp://example.org',
    openingHours: [{ days: ['Funday'], opens: '25:00', closes: 'later' }],
    address: {
      _type: 'address',
      streetAddress: '1 Test Street',
      addressLocality: 'Sacramento',
      addressRegion: 'CA',
      postalCode: '95814',
      addressCountry: 'US',
    },
  };
}

/** Creates the seed and data folders for one test run and returns their paths. */
export function prepareTestDataset(): { seedDir: string; dataDir: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'clinic-web-e2e-'));
  const seedDir = path.join(root, 'seed');
  const dataDir = path.join(root, 'data');
  cpSync(sampleSeedDir, seedDir, { recursive: true });
  const file = path.join(seedDir, 'production.ndjson');
  const docs = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as SeedDoc);
  const source = docs.find((doc) => doc._id === SOURCE_ARTICLE_ID);
  if (!source) throw new Error(`the sample dataset has no ${SOURCE_ARTICLE_ID} to clone for the malformed-article test`);
  const extra = [malformedArticle(source), malformedClinic()];
  writeFileSync(file, [...docs, ...extra].map((doc) => JSON.stringify(doc)).join('\n') + '\n');
  return { seedDir, dataDir };
}
