import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import { consoleContentLogger, formatDroppedContent } from '../logger.ts';
import { captureDroppedContent } from '../testing/memory-fetcher.ts';
import { droppable, lenientArray } from './droppable.ts';
import { ContentShapeError, formatPath, parseDocument, parseList } from './parse.ts';

const noteSchema = z.object({ _key: z.string(), text: z.string().min(1) });
const contactSchema = z.object({
  _id: z.string(),
  email: droppable(z.string().includes('@').nullable(), null),
});
const documentSchema = z.object({
  _id: z.string(),
  title: z.string().min(1),
  subtitle: droppable(z.string().min(1).nullable(), null),
  notes: lenientArray(noteSchema),
  contact: droppable(contactSchema.nullable(), null),
  tags: lenientArray(z.string()),
});

let capture: ReturnType<typeof captureDroppedContent>;
beforeEach(() => {
  capture = captureDroppedContent();
});
afterEach(() => capture.restore());

const valid = {
  _id: 'doc-1',
  title: 'A title',
  subtitle: 'A subtitle',
  notes: [
    { _key: 'n1', text: 'first' },
    { _key: 'n2', text: 'second' },
  ],
  contact: { _id: 'contact-1', email: 'a@b.c' },
  tags: ['x'],
};

describe('parseDocument', () => {
  it('returns valid input unchanged and reports nothing', () => {
    expect(parseDocument(documentSchema, valid, 'doc')).toEqual(valid);
    expect(capture.events).toEqual([]);
  });

  it('is null without a report when the document is missing', () => {
    expect(parseDocument(documentSchema, null, 'doc')).toBeNull();
    expect(parseDocument(documentSchema, undefined, 'doc')).toBeNull();
    expect(capture.events).toEqual([]);
  });

  it('drops an invalid optional field to its fallback and keeps the rest', () => {
    const result = parseDocument(documentSchema, { ...valid, subtitle: '' }, 'doc');
    expect(result).toEqual({ ...valid, subtitle: null });
    expect(capture.events).toEqual([
      expect.objectContaining({ type: 'doc', id: 'doc-1', path: 'subtitle', dropped: 'part' }),
    ]);
  });

  it('removes only the invalid list items, reporting each with its index and the failing field', () => {
    const notes = [{ _key: 'n1', text: '' }, { _key: 'n2', text: 'kept' }, { text: 'no key' }];
    const result = parseDocument(documentSchema, { ...valid, notes }, 'doc');
    expect(result?.notes).toEqual([{ _key: 'n2', text: 'kept' }]);
    expect(capture.events.map((event) => [event.path, event.message.split(':')[0]])).toEqual([
      ['notes[0]', 'text'],
      ['notes[2]', '_key'],
    ]);
  });

  it('replaces a list that is not a list with an empty one', () => {
    const result = parseDocument(documentSchema, { ...valid, tags: 'x' }, 'doc');
    expect(result?.tags).toEqual([]);
    expect(capture.events.map((event) => event.path)).toEqual(['tags']);
  });

  it('treats a missing list as empty without a report', () => {
    expect(parseDocument(documentSchema, { ...valid, tags: null }, 'doc')?.tags).toEqual([]);
    expect(capture.events).toEqual([]);
  });

  it('drops the smallest part: a bad field inside a nested droppable object is dropped alone', () => {
    const result = parseDocument(documentSchema, { ...valid, contact: { _id: 'contact-1', email: 'nope' } }, 'doc');
    expect(result?.contact).toEqual({ _id: 'contact-1', email: null });
    // The report names the nested document that holds the bad value.
    expect(capture.events).toMatchObject([{ id: 'contact-1', path: 'contact.email', dropped: 'part' }]);
  });

  it('falls back to the enclosing part when the nested one cannot be saved', () => {
    const result = parseDocument(documentSchema, { ...valid, contact: { email: 'a@b.c' } }, 'doc');
    expect(result?.contact).toBeNull();
    expect(capture.events).toMatchObject([{ id: 'doc-1', path: 'contact', message: expect.stringContaining('_id') }]);
  });

  it('drops the document when a required field is invalid, reporting every issue', () => {
    expect(parseDocument(documentSchema, { ...valid, title: '', _id: 'doc-2' }, 'doc')).toBeNull();
    expect(capture.events).toEqual([
      expect.objectContaining({ type: 'doc', id: 'doc-2', path: 'title', dropped: 'document' }),
    ]);
  });

  it('repairs several independent parts in one go', () => {
    const broken = { ...valid, subtitle: 7, notes: [{ _key: 'n1' }], contact: { _id: 'c', email: 5 } };
    const result = parseDocument(documentSchema, broken, 'doc');
    expect(result).toMatchObject({ subtitle: null, notes: [], contact: { _id: 'c', email: null } });
    expect(capture.events.map((event) => event.path).sort()).toEqual(['contact.email', 'notes[0]', 'subtitle']);
  });

  it('never changes the caller’s data', () => {
    const input = structuredClone({ ...valid, notes: [{ _key: 'n1', text: '' }] });
    const before = structuredClone(input);
    parseDocument(documentSchema, input, 'doc');
    expect(input).toEqual(before);
  });

  it('drops a whole document whose refinement fails at the root', () => {
    const atLeastOneNote = documentSchema.refine((doc) => doc.notes.length > 0, { message: 'needs a note' });
    expect(parseDocument(atLeastOneNote, { ...valid, notes: [{ _key: 'n1', text: '' }] }, 'doc')).toBeNull();
    expect(capture.events.map((event) => [event.path, event.dropped])).toEqual([
      ['notes[0]', 'part'],
      ['', 'document'],
    ]);
  });
});

describe('parseList', () => {
  it('keeps the valid items and reports each invalid one with its _id', () => {
    const items = [valid, { ...valid, _id: 'doc-2', title: '' }, { ...valid, _id: 'doc-3' }];
    expect(parseList(documentSchema, items, 'doc').map((doc) => doc._id)).toEqual(['doc-1', 'doc-3']);
    expect(capture.events).toMatchObject([{ id: 'doc-2', path: 'title', dropped: 'document' }]);
  });

  it('reports an empty slot in the list', () => {
    expect(parseList(documentSchema, [null, valid], 'doc')).toHaveLength(1);
    expect(capture.events).toMatchObject([{ path: '[0]', dropped: 'document' }]);
  });

  it('throws when the result is not a list at all, instead of showing an empty page', () => {
    expect(() => parseList(documentSchema, { result: [] }, 'doc')).toThrow(ContentShapeError);
    expect(() => parseList(documentSchema, null, 'doc')).toThrow(/Expected a list of doc results/);
  });
});

describe('reports', () => {
  it('formats paths the way they read in a document', () => {
    expect(formatPath(['references', 2, 'url'])).toBe('references[2].url');
    expect(formatPath([3, 'title'])).toBe('[3].title');
    expect(formatPath([])).toBe('');
  });

  it('reads like the line an operator greps for', () => {
    const line = formatDroppedContent({
      type: 'clinic',
      id: 'clinic-propel-sacramento',
      path: 'phone',
      message: 'not a valid E.164 phone number',
      dropped: 'part',
    });
    expect(line).toBe('[content] dropped invalid clinic clinic-propel-sacramento at phone: not a valid E.164 phone number');
  });

  it('goes to console.warn by default', () => {
    capture.restore();
    const original = console.warn;
    const lines: unknown[] = [];
    console.warn = (...args: unknown[]) => lines.push(args.join(' '));
    try {
      consoleContentLogger({ type: 'doc', id: null, path: 'x', message: 'm', dropped: 'part' });
      parseDocument(documentSchema, { ...valid, subtitle: '' }, 'doc');
    } finally {
      console.warn = original;
    }
    expect(lines).toEqual([
      '[content] dropped invalid doc (no _id) at x: m',
      expect.stringMatching(/^\[content\] dropped invalid doc doc-1 at subtitle: /),
    ]);
  });
});
