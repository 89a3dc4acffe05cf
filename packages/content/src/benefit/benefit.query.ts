import { defineQuery } from 'groq';
import { benefitFields, benefitsDocuments } from './benefit.fragment.ts';

export const benefitsQuery = defineQuery(`${benefitsDocuments}{${benefitFields}}`);
