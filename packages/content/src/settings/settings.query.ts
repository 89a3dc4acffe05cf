import { defineQuery } from 'groq';
import { siteSettingsDocument, siteSettingsFields } from './settings.fragment.ts';

export const siteSettingsQuery = defineQuery(`${siteSettingsDocument}{${siteSettingsFields}}`);
