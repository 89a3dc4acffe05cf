import type { ContentFetcher } from '../fetcher.ts';
import { parseList } from '../validation/parse.ts';
import { clinicsQuery } from './clinic.query.ts';
import { clinicSchema, type Clinic } from './clinic.schema.ts';

/** Primary clinic first, the others by name (the query's order; the sort is stable). */
export function primaryFirst(clinics: Clinic[]): Clinic[] {
  return [...clinics].sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary));
}

/** Every clinic record, primary first. A clinic without a valid name is left out; bad fields become null. */
export async function fetchClinics(fetcher: ContentFetcher): Promise<Clinic[]> {
  const result = await fetcher({ query: clinicsQuery, tags: ['clinic', 'siteSettings'], label: 'clinics' });
  return primaryFirst(parseList(clinicSchema, result, 'clinic'));
}
