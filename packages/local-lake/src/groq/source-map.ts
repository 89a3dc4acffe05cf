// Content Source Maps (`resultSourceMap=true|withKeyArraySelector` on the query endpoint): for each string in a
// query result, which document and which path in it the string came from, in the shape `@sanity/client`'s
// `csm` and `stega` code reads (https://www.sanity.io/docs/visual-editing/content-source-maps):
//   {documents: [{_id, _type}], paths: ["$['title']"], mappings: {"$[0]['title']": {type: 'value',
//    source: {type: 'documentValue', document: 0, path: 0}}}}
// groq-js does not trace where values come from, so the lake finds each result string among the strings of the
// documents the query could see. A string found in several places is attributed only when the result says which:
// the nearest enclosing result object's `_id`, then the field name. Still ambiguous strings get no mapping (so
// no click-to-edit link rather than a wrong one), as do strings the query computed.
import type { SanityDocument } from '../store/types.ts';
import type { DatasetView } from './perspective.ts';

export interface ContentSourceMap {
  documents: Array<{ _id: string; _type: string }>;
  paths: string[];
  mappings: Record<
    string,
    { type: 'value'; source: { type: 'documentValue'; document: number; path: number } }
  >;
}

/** `index`: array items as `[2]`; `key`: items with a `_key` as `[?(@._key=='k')]` (withKeyArraySelector). */
export type SourceMapPaths = 'index' | 'key';

type Segment = string | number | { _key: string; _index: number };

interface Source {
  doc: SanityDocument;
  path: Segment[];
}

const stringIndexes = new WeakMap<DatasetView, Map<string, Source[]>>();

/** Every string value of every document in the view, with where it is. Built once per view. */
function stringIndex(view: DatasetView): Map<string, Source[]> {
  let index = stringIndexes.get(view);
  if (index) return index;
  const built = new Map<string, Source[]>();
  const collect = (doc: SanityDocument, value: unknown, path: Segment[]) => {
    if (typeof value === 'string') {
      const list = built.get(value);
      if (list) list.push({ doc, path });
      else built.set(value, [{ doc, path }]);
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        const key = (item as { _key?: unknown } | null)?._key;
        collect(doc, item, [...path, typeof key === 'string' ? { _key: key, _index: i } : i]);
      });
    } else if (typeof value === 'object' && value !== null) {
      for (const [name, child] of Object.entries(value)) collect(doc, child, [...path, name]);
    }
  };
  for (const doc of view.documents) {
    // `_id` and `_originalId` are the perspective's: an overlaid draft's view `_id` is not what is stored at
    // `_id` in the draft, so they are never a source.
    const { _id, _originalId, ...stored } = doc;
    collect(doc, stored, []);
  }
  index = built;
  stringIndexes.set(view, index);
  return index;
}

export function contentSourceMap(result: unknown, view: DatasetView, mode: SourceMapPaths): ContentSourceMap {
  const index = stringIndex(view);
  const map: ContentSourceMap = { documents: [], paths: [], mappings: {} };
  const documentNumbers = new Map<string, number>();
  const pathNumbers = new Map<string, number>();

  const walk = (value: unknown, resultPath: Array<string | number>, enclosingIds: string[]) => {
    if (typeof value === 'string') {
      const source = attribute(index.get(value), enclosingIds, resultPath);
      if (!source) return;
      const storedId = (source.doc._originalId as string | undefined) ?? source.doc._id;
      let document = documentNumbers.get(storedId);
      if (document === undefined) {
        document = map.documents.push({ _id: storedId, _type: source.doc._type }) - 1;
        documentNumbers.set(storedId, document);
      }
      const sourcePath = jsonPath(source.path, mode);
      let path = pathNumbers.get(sourcePath);
      if (path === undefined) {
        path = map.paths.push(sourcePath) - 1;
        pathNumbers.set(sourcePath, path);
      }
      map.mappings[jsonPath(resultPath, 'index')] = {
        type: 'value',
        source: { type: 'documentValue', document, path },
      };
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...resultPath, i], enclosingIds));
    } else if (typeof value === 'object' && value !== null) {
      const id = (value as { _id?: unknown })._id;
      const ids = typeof id === 'string' ? [id, ...enclosingIds] : enclosingIds;
      for (const [name, child] of Object.entries(value)) walk(child, [...resultPath, name], ids);
    }
  };
  walk(result, [], []);
  return map;
}

function attribute(
  candidates: Source[] | undefined,
  enclosingIds: string[],
  resultPath: Array<string | number>,
): Source | undefined {
  if (!candidates) return undefined;
  let found = candidates;
  for (const id of enclosingIds) {
    const inDocument = found.filter((candidate) => candidate.doc._id === id);
    if (inDocument.length > 0) {
      found = inDocument;
      break;
    }
  }
  if (found.length > 1) {
    const field = [...resultPath].reverse().find((segment) => typeof segment === 'string');
    const sameField = found.filter((candidate) => candidate.path.at(-1) === field);
    if (sameField.length > 0) found = sameField;
  }
  return found.length === 1 ? found[0] : undefined;
}

const ESCAPES: Record<string, string> = {
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  "'": "\\'",
  '\\': '\\\\',
};

/** A path in the JSONPath dialect Content Source Maps use: `$['body'][?(@._key=='a1')]['text']`, `$[0]`. */
function jsonPath(path: readonly Segment[], mode: SourceMapPaths): string {
  let out = '$';
  for (const segment of path) {
    if (typeof segment === 'string')
      out += `['${segment.replace(/[\f\n\r\t'\\]/g, (c) => ESCAPES[c] ?? c)}']`;
    else if (typeof segment === 'number') out += `[${segment}]`;
    else if (mode === 'key')
      out += `[?(@._key=='${segment._key.replace(/['\\]/g, (c) => ESCAPES[c] ?? c)}')]`;
    else out += `[${segment._index}]`;
  }
  return out;
}
