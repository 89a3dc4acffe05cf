// `text::query()` — the Content Lake's full-text search, which the Studio's document lists and search send on
// every load (`[@, _id] match text::query($__query)`). groq-js parses it but cannot run it, so before evaluation
// the lake rewrites each `<left> match text::query(<pattern>)` in the syntax tree:
//   - whole-document matches (`@` on the left) become `_id in [ids whose text matches]`, computed here over the
//     documents the query can see;
//   - field matches (`title match text::query(...)`) become plain GROQ `match` with an equivalent pattern.
// An empty search matches everything, as in the Content Lake.
import type { SanityDocument } from '../store/types.ts';
import { mapTree, type GroqNode as Node } from './syntax-tree.ts';

interface SearchTerms {
  include: RegExp[];
  exclude: RegExp[];
  /** The include terms as a GROQ `match` pattern. */
  groqPattern: string;
}

export function rewriteTextQueries<T>(tree: T, documents: readonly SanityDocument[]): T {
  let textIndex: Map<string, string[]> | null = null;
  const tokensOf = (doc: SanityDocument) => {
    textIndex ??= new Map();
    let tokens = textIndex.get(doc._id);
    if (!tokens) {
      tokens = tokenize(collectText(doc).join(' '));
      textIndex.set(doc._id, tokens);
    }
    return tokens;
  };

  return mapTree(tree, (record) => {
    if (record.type !== 'OpCall' || record.op !== 'match' || !isTextQuery(record.right)) return record;
    const pattern = patternValue(record.right as Node);
    if (pattern === undefined) return record; // not a constant; evaluation will say so
    const terms = parseTerms(pattern);
    if (terms.include.length === 0 && terms.exclude.length === 0) return { type: 'Value', value: true };
    if (referencesWholeDocument(record.left as Node)) {
      const ids = documents
        .filter((doc) => {
          const tokens = [...tokensOf(doc), ...tokenize(doc._id)];
          return (
            terms.include.every((re) => tokens.some((token) => re.test(token))) &&
            !terms.exclude.some((re) => tokens.some((token) => re.test(token)))
          );
        })
        .map((doc) => doc._id);
      return {
        type: 'OpCall',
        op: 'in',
        left: { type: 'AccessAttribute', name: '_id' },
        right: { type: 'Value', value: ids },
      };
    }
    if (terms.include.length === 0) return { type: 'Value', value: true };
    return { ...record, right: { type: 'Value', value: terms.groqPattern } };
  });
}

function isTextQuery(node: unknown): boolean {
  const record = node as Node | undefined;
  return record?.type === 'FuncCall' && record.namespace === 'text' && record.name === 'query';
}

function patternValue(call: Node): string | undefined {
  const [arg] = (call.args as Node[] | undefined) ?? [];
  return arg?.type === 'Value' && typeof arg.value === 'string' ? arg.value : undefined;
}

function referencesWholeDocument(left: Node | undefined): boolean {
  if (!left) return false;
  if (left.type === 'This') return true;
  if (left.type === 'Array') {
    return ((left.elements as Node[] | undefined) ?? []).some(
      (element) => (element.value as Node | undefined)?.type === 'This',
    );
  }
  return false;
}

/** Splits a text query into terms: words or "quoted phrases", `-term` to exclude, `*` as a wildcard. */
export function parseTerms(pattern: string): SearchTerms {
  const include: RegExp[] = [];
  const exclude: RegExp[] = [];
  const groq: string[] = [];
  for (const match of pattern.matchAll(/(-?)(?:"([^"]*)"|(\S+))/g)) {
    const negate = match[1] === '-';
    const raw = (match[2] ?? match[3] ?? '').toLowerCase();
    for (const word of raw.split(/[^\p{L}\p{N}*]+/u).filter((part) => part !== '' && part !== '*')) {
      const re = new RegExp(`^${word.split('*').map(escapeRegExp).join('.*')}$`, 'u');
      (negate ? exclude : include).push(re);
      if (!negate) groq.push(word);
    }
  }
  return { include, exclude, groqPattern: groq.join(' ') };
}

export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Every string value in a document except system fields and keys (`_type`, `_ref`, `_key`, ...). */
function collectText(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const item of value) collectText(item, out);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) if (!key.startsWith('_')) collectText(child, out);
  }
  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
