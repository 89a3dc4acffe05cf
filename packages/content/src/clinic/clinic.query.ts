import { defineQuery } from 'groq';
import { clinicFields } from './clinic.fragment.ts';

// Every clinic with a name; the primary one is moved to the front after validation (see fetchClinics).
export const clinicsQuery = defineQuery(`*[_type == "clinic" && defined(name)] | order(name asc){${clinicFields}}`);
