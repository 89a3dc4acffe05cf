import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { captureDroppedContent } from '../testing/memory-fetcher.ts';
import { parseDocument } from '../validation/parse.ts';
import { articleBodySchema, linkCitations } from './body.ts';

let capture: ReturnType<typeof captureDroppedContent>;
beforeEach(() => {
  capture = captureDroppedContent();
});
afterEach(() => capture.restore());

const span = (text: string, marks: string[] = []) => ({ _type: 'span', _key: `s-${text}`, text, marks });
const block = (fields: Record<string, unknown>) => ({ _type: 'block', _key: 'b1', style: 'normal', markDefs: [], children: [span('text')], ...fields });
const parseBody = (body: unknown[]) => parseDocument(articleBodySchema, body, 'article') ?? [];

describe('article body', () => {
  it('keeps the supported blocks', () => {
    const body = [
      block({ style: 'h2' }),
      block({ _key: 'b2', listItem: 'bullet', level: 1 }),
      { _type: 'callout', _key: 'c1', tone: 'crisis', text: 'Call or text 988.' },
      { _type: 'ctaBlock', _key: 'cta', heading: 'Talk to the clinic', text: null, action: 'call' },
    ];
    expect(parseBody(body).map((item) => item._type)).toEqual(['block', 'block', 'callout', 'ctaBlock']);
    expect(capture.events).toEqual([]);
  });

  it('renders an unknown heading style as a paragraph instead of losing the text', () => {
    const [first] = parseBody([block({ style: 'h1' })]);
    expect(first).toMatchObject({ _type: 'block', style: 'normal' });
  });

  it('keeps http(s), mailto, tel and relative links, and drops any other target', () => {
    const markDefs = [
      { _type: 'link', _key: 'ok1', href: 'https://988lifeline.org' },
      { _type: 'link', _key: 'ok2', href: '/contact' },
      { _type: 'link', _key: 'ok3', href: 'tel:+19169159215' },
      { _type: 'link', _key: 'bad1', href: 'data:text/html,<script>alert(1)</script>' },
      { _type: 'link', _key: 'bad2', href: 'vbscript:msgbox(1)' },
      { _type: 'link', _key: 'bad3', href: 'tel:916-915-9215' },
    ];
    const children = markDefs.map((def) => span(def._key, [def._key, 'strong']));
    const [parsed] = parseBody([block({ markDefs, children })]);
    if (parsed?._type !== 'block') throw new Error('expected a block');
    expect(parsed.markDefs.map((def) => def._key)).toEqual(['ok1', 'ok2', 'ok3']);
    expect(parsed.children.map((child) => child.marks)).toEqual([
      ['ok1', 'strong'],
      ['ok2', 'strong'],
      ['ok3', 'strong'],
      ['strong'],
      ['strong'],
      ['strong'],
    ]);
    expect(capture.events).toHaveLength(3);
  });

  it('drops a callout with a tone the site has no style for, and a CTA with an unknown action', () => {
    const body = [
      { _type: 'callout', _key: 'c1', tone: 'party', text: 'x' },
      { _type: 'ctaBlock', _key: 'c2', heading: 'Buy now', action: 'purchase' },
      block({}),
    ];
    expect(parseBody(body).map((item) => item._key)).toEqual(['b1']);
    expect(capture.events.map((event) => event.path)).toEqual(['[0]', '[1]']);
  });

  it('numbers citation marks and unlinks the ones that point at no reference', () => {
    const markDefs = [
      { _type: 'citation', _key: 'm1', referenceKey: 'ref-b' },
      { _type: 'citation', _key: 'm2', referenceKey: 'ref-gone' },
    ];
    const parsed = parseBody([block({ markDefs, children: [span('claim one', ['m1']), span('claim two', ['m2'])] })]);
    const dangling: string[] = [];
    const [linked] = linkCitations(parsed, ['ref-a', 'ref-b'], (path, key) => dangling.push(`${path} ${key}`));
    if (linked?._type !== 'block') throw new Error('expected a block');
    expect(linked.markDefs).toEqual([{ _type: 'citation', _key: 'm1', referenceKey: 'ref-b', referenceNumber: 2 }]);
    expect(linked.children.map((child) => [child.text, child.marks])).toEqual([
      ['claim one', ['m1']],
      ['claim two', []],
    ]);
    expect(dangling).toEqual(['body[0].markDefs[1] ref-gone']);
  });
});
