// Benefits need sources, references need a DOI or link, slugs are unique, settings name 988 and 911.
import { describe, expect, it } from '@jest/globals';
import { byId, firstOfType, seed } from './support/fixtures.ts';
import { errorsAt, validate } from './support/studio.ts';

describe('benefit and reference validation', () => {
  it('requires at least one reference on a benefit', async () => {
    const benefit = { ...firstOfType('benefit'), references: [] };
    expect(errorsAt(await validate(benefit, seed), 'references')).toEqual([
      'Add at least one reference: every benefit must be backed by a study or guideline',
    ]);
  });

  it('requires a DOI or a link on each reference', async () => {
    const benefit = firstOfType('benefit');
    const [first] = benefit.references as Record<string, unknown>[];
    const { doi: _doi, url: _url, ...bare } = first!;
    const markers = await validate({ ...benefit, references: [{ ...bare, title: 'Ketamine for CRPS' }] }, seed);
    expect(errorsAt(markers, 'references')).toEqual([
      'References, reference 1 ("Ketamine for CRPS"): add a DOI or a link so readers can find this reference',
    ]);
  });

  it('rejects a DOI written as a link', async () => {
    const benefit = firstOfType('benefit');
    const [first] = benefit.references as Record<string, unknown>[];
    const markers = await validate(
      { ...benefit, references: [first, { ...first, _key: 'second', title: 'Esketamine trial', doi: 'https://doi.org/10.1056/x' }] },
      seed,
    );
    expect(errorsAt(markers, 'references')).toEqual([
      'References, reference 2 ("Esketamine trial"): a DOI starts with "10." followed by a slash, e.g. 10.1056/NEJMoa2302399',
    ]);
  });
});

describe('site settings validation', () => {
  it('requires the crisis notice to name 988 and 911', async () => {
    const settings = { ...byId('siteSettings'), crisisNotice: 'Call your doctor if you feel unwell.' };
    expect(errorsAt(await validate(settings, seed), 'crisisNotice')).toEqual([
      'The crisis notice must tell readers to call or text 988, or call 911 in an emergency',
    ]);
  });
});

describe('slug validation', () => {
  it('asks for a slug when it is missing', async () => {
    const { slug: _slug, ...withoutSlug } = byId('person-sample-author');
    expect(errorsAt(await validate(withoutSlug, seed), 'slug')).toEqual([
      'Generate a URL slug (click "Generate") so the page has an address',
    ]);
  });
});
