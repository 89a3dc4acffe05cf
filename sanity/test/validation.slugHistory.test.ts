// The Studio refuses previous slugs that would make an old address ambiguous or loop, refuses a slug that is
// another article's old address, and warns before a published article moves to a new slug. Addresses are per
// language: only an article in the same language can clash.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { byId, seed } from './support/fixtures.ts';
import { validate } from './support/studio.ts';

const CRPS = 'article-ketamine-for-crps-what-to-expect';
const DEPRESSION = 'article-ketamine-and-esketamine-for-treatment-resistant-depression';
const crps = byId(CRPS) as Record<string, unknown> & { _id: string; _type: string; slug: { current: string } };
const depression = byId(DEPRESSION) as typeof crps;

const messagesAt = (markers: Awaited<ReturnType<typeof validate>>, field: string, level: 'error' | 'warning') =>
  markers.filter((marker) => marker.level === level && marker.path[0] === field).map((marker) => marker.message);

describe('previous URL slugs', () => {
  it('accepts old slugs no other article uses', async () => {
    const markers = await validate({ ...crps, previousSlugs: ['crps-old-address'] }, seed);
    expect(messagesAt(markers, 'previousSlugs', 'error')).toEqual([]);
  });

  it('refuses the current slug as a previous one: the address would redirect to itself', async () => {
    const markers = await validate({ ...crps, previousSlugs: [crps.slug.current] }, seed);
    expect(messagesAt(markers, 'previousSlugs', 'error')).toEqual([
      'This is the current URL slug: an address cannot redirect to itself; remove it from the previous slugs',
    ]);
  });

  it("refuses another article's current slug, naming that article", async () => {
    const markers = await validate({ ...crps, previousSlugs: [depression.slug.current] }, seed);
    const [message] = messagesAt(markers, 'previousSlugs', 'error');
    expect(message).toContain(`"${depression.slug.current}" is the current address of “${String(depression.title)}”`);
    expect(markers.find((marker) => marker.path[0] === 'previousSlugs')?.path).toEqual(['previousSlugs', 0]);
  });

  it("refuses another article's previous slug: an old address leads to one article only", async () => {
    const lake = [...seed.filter((document) => document._id !== DEPRESSION), { ...depression, previousSlugs: ['shared-old'] }];
    const markers = await validate({ ...crps, previousSlugs: ['mine', 'shared-old'] }, lake);
    expect(messagesAt(markers, 'previousSlugs', 'error')).toEqual([
      `"shared-old" is also a previous address of “${String(depression.title)}”; an old address can lead to one article only, remove it here or there`,
    ]);
  });
});

describe('the URL slug', () => {
  it("refuses another article's previous slug, which already redirects there", async () => {
    const lake = [...seed.filter((document) => document._id !== DEPRESSION), { ...depression, previousSlugs: ['taken-old'] }];
    const markers = await validate({ ...crps, slug: { _type: 'slug', current: 'taken-old' } }, lake);
    expect(messagesAt(markers, 'slug', 'error')).toEqual([
      `"taken-old" is a previous address of “${String(depression.title)}” and redirects there; choose another slug, or first remove it from that article's previous slugs`,
    ]);
  });

  it('warns, without blocking, when a draft would move a published article to a new slug', async () => {
    const draft = { ...crps, _id: `drafts.${CRPS}`, slug: { _type: 'slug', current: 'crps-new-address' } };
    const markers = await validate(draft, seed);
    expect(messagesAt(markers, 'slug', 'error')).toEqual([]);
    expect(messagesAt(markers, 'slug', 'warning')).toEqual([
      `This article is published at the URL slug "${crps.slug.current}". Publishing moves it to "crps-new-address"; the old address will redirect there and is kept under "Previous URL slugs"`,
    ]);
  });

  it('does not warn while the draft keeps the published slug', async () => {
    const markers = await validate({ ...crps, _id: `drafts.${CRPS}` }, seed);
    expect(messagesAt(markers, 'slug', 'warning')).toEqual([]);
  });
});

describe('address clashes are per language', () => {
  const inLanguage = (article: Record<string, unknown> & { _id: string; _type: string }, language: 'en' | 'es') => ({
    ...article,
    language,
  });
  const shared = fc.stringMatching(/^[a-z]{3,8}(?:-[a-z]{2,6}){0,2}$/);

  it('refuses a slug or previous slug another article uses exactly when both are in the same language', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<'en' | 'es'>('en', 'es'),
        fc.constantFrom<'en' | 'es'>('en', 'es'),
        fc.constantFrom('current', 'previous'),
        fc.constantFrom('slug', 'previousSlugs'),
        shared,
        async (ownLanguage, otherLanguage, otherUses, field, slug) => {
          fc.pre(slug !== crps.slug.current && slug !== depression.slug.current);
          const other = inLanguage(
            otherUses === 'current'
              ? { ...depression, slug: { _type: 'slug', current: slug } }
              : { ...depression, previousSlugs: [slug] },
            otherLanguage,
          );
          const own = inLanguage(
            field === 'slug' ? { ...crps, slug: { _type: 'slug', current: slug } } : { ...crps, previousSlugs: [slug] },
            ownLanguage,
          );
          const lake = [...seed.filter((document) => document._id !== DEPRESSION), other];
          const errors = messagesAt(await validate(own, lake), field, 'error');
          expect(errors.length > 0).toBe(ownLanguage === otherLanguage);
        },
      ),
      { numRuns: 32 },
    );
  });

  it("lets a Spanish article keep an English article's current slug as its own old address", async () => {
    const spanish = byId('article-es-ketamina-dolor-cronico') as typeof crps;
    const markers = await validate({ ...spanish, previousSlugs: [depression.slug.current] }, seed);
    expect(messagesAt(markers, 'previousSlugs', 'error')).toEqual([]);
  });
});
