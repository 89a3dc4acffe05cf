// A projection of fields read as stored, named once: by the keys of their zod shape.
const GROQ_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
// Bare, these are GROQ's literals rather than attributes.
const GROQ_LITERALS = new Set(['true', 'false', 'null']);

/**
 * The GROQ projection of the fields of `shape`, read as stored: its keys in order, separated by ", "
 * (`{keyPoints: …, risks: …}` gives "keyPoints, risks"). Throws RangeError for a key GROQ cannot name bare (a
 * path such as "seo.title", a literal such as "null"): such a field needs a projection written by hand.
 */
export function plainProjection(shape: Readonly<Record<string, unknown>>): string {
  const names = Object.keys(shape);
  for (const name of names) {
    if (!GROQ_NAME.test(name) || GROQ_LITERALS.has(name)) {
      throw new RangeError(`${JSON.stringify(name)} is not a field GROQ can project bare`);
    }
  }
  return names.join(', ');
}
