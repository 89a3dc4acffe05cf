/** Every message as `[dotted key, value]`, e.g. `['Site.skipLink', 'Skip to main content']`. */
export function messageEntries(messages: object, prefix = ''): [string, unknown][] {
  return Object.entries(messages).flatMap(([key, value]): [string, unknown][] =>
    value && typeof value === 'object' ? messageEntries(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  );
}

// `{name}`, and the argument of `{count, plural, one {…} other {…}}`, whose branches hold braces of their own.
const ARGUMENT = /\{\s*(\w+)\s*[,}]/g;
const TAG = /<\/?(\w+)>/g;

/** The ICU arguments (`{name}`) and rich-text tags (`<strong>`) a message uses, sorted and de-duplicated. */
export function placeholdersOf(message: string): string[] {
  const names = [...message.matchAll(ARGUMENT)].map((match) => `{${match[1]}}`);
  const tags = [...message.matchAll(TAG)].map((match) => `<${match[1]}>`);
  return [...new Set([...names, ...tags])].sort();
}

/**
 * The literal words of a message, split where arguments and tags are: "Published <time>{date}</time>" →
 * ["Published"]. What a reader would see of the message whatever the values; used to find English UI text on
 * Spanish pages.
 */
export function literalFragments(message: string): string[] {
  return message
    .split(/\{[^{}]*\}|<\/?\w+>/)
    .map((fragment) => fragment.replace(/^[\s.,:;·—–()←→]+|[\s.,:;·—–()←→]+$/g, ''))
    .filter((fragment) => /\p{L}{3,}/u.test(fragment));
}
