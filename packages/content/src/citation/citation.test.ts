import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { captureDroppedContent } from '../testing/memory-fetcher.ts';
import { parseDocument } from '../validation/parse.ts';
import { citationSchema, doiHref } from './citation.ts';

let capture: ReturnType<typeof captureDroppedContent>;
beforeEach(() => {
  capture = captureDroppedContent();
});
afterEach(() => capture.restore());

const elektD = {
  _key: 'anand2023',
  title: 'Ketamine versus ECT for nonpsychotic treatment-resistant major depression',
  authors: 'Anand A, Mathew SJ, Sanacora G, et al.',
  source: 'New England Journal of Medicine 2023;388:2315-2325',
  year: 2023,
  doi: '10.1056/NEJMoa2302399',
  url: null,
  studyType: 'rct',
};
const parse = (fields: Record<string, unknown>) => parseDocument(citationSchema, { ...elektD, ...fields }, 'citation');

describe('citationSchema', () => {
  it('links a citation with only a DOI to doi.org', () => {
    expect(parse({})).toMatchObject({ href: 'https://doi.org/10.1056/NEJMoa2302399', url: null });
  });

  it('prefers the https URL when there is one', () => {
    const url = 'https://www.nejm.org/doi/full/10.1056/NEJMoa2302399';
    expect(parse({ url })?.href).toBe(url);
  });

  it('escapes DOI characters that would break the link, keeping its slashes', () => {
    expect(doiHref('10.1002/(SICI)1097-4636#x?y')).toBe('https://doi.org/10.1002/(SICI)1097-4636%23x%3Fy');
  });

  it.each([
    [{ year: 1850 }, 'year'],
    [{ year: new Date().getUTCFullYear() + 5 }, 'year'],
    [{ year: 2023.5 }, 'year'],
    [{ studyType: 'anecdote' }, 'studyType'],
    [{ authors: 42 }, 'authors'],
  ])('drops only the bad detail %j', (fields, path) => {
    const citation = parse(fields);
    expect(citation).toMatchObject({ title: elektD.title, href: expect.stringMatching(/^https:\/\//) });
    expect(citation?.[path as keyof typeof citation]).toBeNull();
    expect(capture.events).toMatchObject([{ path }]);
  });

  it('drops a DOI that is not one, and then the citation, since nothing is left to follow', () => {
    expect(parse({ doi: 'see the journal' })).toBeNull();
    expect(capture.events.map((event) => [event.path, event.dropped])).toEqual([
      ['doi', 'part'],
      ['', 'document'],
    ]);
  });

  it.each([[{ title: '' }], [{ source: null }], [{ _key: undefined }]])('is dropped without %j', (fields) => {
    expect(parse(fields)).toBeNull();
  });
});
