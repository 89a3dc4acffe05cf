// The fingerprint of an article's clinical content: what an approval records and what the site compares the
// published article with. Synchronous and pure JavaScript (@noble/hashes), so the Studio's browser bundle, the
// site's server and check:content run the very same function.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { clinicalContent } from './clinical-content.ts';

const encoder = new TextEncoder();

/** A clinical fingerprint: "sha256:" and 64 lowercase hex digits. */
export type ClinicalFingerprint = `sha256:${string}`;

export const FINGERPRINT_PATTERN = /^sha256:[0-9a-f]{64}$/;

/**
 * "sha256:<hex>" of the canonical JSON (UTF-8) of `clinicalContent(document)`. Two versions of an article have
 * the same fingerprint exactly when no clinical field differs (see CLINICAL_FIELDS). Never throws.
 */
export function clinicalFingerprint(document: unknown): ClinicalFingerprint {
  const canonical = JSON.stringify(clinicalContent(document));
  return `sha256:${bytesToHex(sha256(encoder.encode(canonical)))}`;
}
