// Digital Object Identifiers of references. Stored bare ("10.1056/NEJMoa2302399"); the site links them through
// https://doi.org/ (see `doiHref` in citation/citation.ts).

/** "10." and a registrant code of 4–9 digits, a slash, then a suffix without spaces (the DOI Handbook, 2.2). */
export const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/;

export const DOI_MESSAGE = 'A DOI starts with "10." followed by a slash, e.g. 10.1056/NEJMoa2302399';

// The ways a DOI is usually pasted: a doi.org or dx.doi.org link (http or https), or a "doi:" prefix.
const DOI_PREFIX = /^(?:(?:https?:\/\/)?(?:dx\.)?doi\.org\/|doi:\s*)/i;

/** Null for a bare DOI, else the fix. */
export function doiProblem(value: unknown): string | null {
  return typeof value === 'string' && DOI_PATTERN.test(value) ? null : DOI_MESSAGE;
}

/**
 * What an editor pasted into a DOI field, stored bare: "https://doi.org/10.1056/NEJMoa2302399",
 * "doi:10.1056/NEJMoa2302399" and " 10.1056/NEJMoa2302399 " all become "10.1056/NEJMoa2302399"; the characters a
 * doi.org link escapes ("%2F", "%23") are read back. Anything that does not give a DOI comes back unchanged, so
 * `doiProblem` can say what is wrong with it. Idempotent.
 */
export function normalizeDoi(typed: string): string {
  const trimmed = typed.trim();
  const withoutPrefix = trimmed.replace(DOI_PREFIX, '');
  let candidate = withoutPrefix;
  if (withoutPrefix !== trimmed && /^https?:/i.test(trimmed)) {
    try {
      candidate = decodeURIComponent(withoutPrefix);
    } catch {
      return typed;
    }
  }
  return DOI_PATTERN.test(candidate) ? candidate : typed;
}
