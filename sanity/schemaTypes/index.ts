// Every schema type the Studio knows, documents first.
import { article } from './documents/article.ts';
import { benefit } from './documents/benefit.ts';
import { clinic } from './documents/clinic.ts';
import { medicalApproval } from './documents/medicalApproval.ts';
import { person } from './documents/person.ts';
import { siteSettings } from './documents/siteSettings.ts';
import { address } from './objects/address.ts';
import { blockContent } from './objects/blockContent.ts';
import { callout } from './objects/callout.ts';
import { citation } from './objects/citation.ts';
import { ctaBlock } from './objects/ctaBlock.ts';
import { openingHours } from './objects/openingHours.ts';
import { seo } from './objects/seo.ts';

export const schemaTypes = [
  article,
  benefit,
  clinic,
  medicalApproval,
  person,
  siteSettings,
  address,
  blockContent,
  callout,
  citation,
  ctaBlock,
  openingHours,
  seo,
];
