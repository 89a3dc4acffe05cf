// Types for the two readability libraries, which ship none: only the functions contentCheck/readability.ts uses.

declare module 'text-readability' {
  /** Flesch-Kincaid grade level (US school grade) of English text. */
  const readability: { fleschKincaidGrade(text: string): number };
  export default readability;
}

declare module 'hyphen/es/index.js' {
  /** Spanish hyphenation (TeX patterns): `text` with `hyphenChar` inserted at each hyphenation point. */
  const hyphenEs: {
    hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
  };
  export default hyphenEs;
}
