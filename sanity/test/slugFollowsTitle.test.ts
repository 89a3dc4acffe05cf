// A new article's slug fills from its title until an editor sets it; a published article's slug never follows.
import { describe, expect, it } from '@jest/globals';
import { slugify } from '@clinic/content/rules';
import fc from 'fast-check';
import { slugAfterTitleChange } from '../form/slugFollowsTitle.ts';

/** Replays edits through the rule: each edit is a new title, or an editor typing a slug. */
function replay(edits: Array<{ title: string } | { slug: string }>, published = false) {
  let title: string | undefined;
  let slug: string | undefined;
  let setByEditor = false;
  for (const edit of edits) {
    if ('slug' in edit) {
      slug = edit.slug;
      setByEditor = true;
      continue;
    }
    const next = slugAfterTitleChange({ slug, previousTitle: title, title: edit.title, published });
    title = edit.title;
    if (next !== null) slug = next === '' ? undefined : next;
  }
  return { title, slug, setByEditor };
}

describe('the slug follows the title', () => {
  it('fills as the title is typed', () => {
    const typed = 'Ketamine & CRPS';
    const edits = [...typed].map((_, index) => ({ title: typed.slice(0, index + 1) }));
    expect(replay(edits).slug).toBe('ketamine-and-crps');
  });

  it('stops once the editor sets a slug, and never follows on a published article', () => {
    expect(replay([{ title: 'First' }, { slug: 'my-own' }, { title: 'Second title' }]).slug).toBe('my-own');
    expect(replay([{ title: 'First' }], true).slug).toBeUndefined();
  });

  it('for any titles: equals the slug of the last title until an editor sets one, then keeps theirs', () => {
    const title = fc.string({ maxLength: 20, unit: fc.constantFrom('a', 'B', ' ', 'é', '&', '-', '1') });
    const edit = fc.oneof(
      { weight: 4, arbitrary: title.map((value) => ({ title: value })) },
      { weight: 1, arbitrary: fc.constantFrom('custom-slug', 'other').map((value) => ({ slug: value })) },
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 12 }), (edits) => {
        const { title: last, slug, setByEditor } = replay(edits);
        if (!setByEditor) {
          expect(slug ?? '').toBe(slugify(last ?? ''));
        } else {
          // A typed slug that happens to equal the title's slug follows again; any other stays the editor's.
          const typed = edits.filter((item) => 'slug' in item).at(-1) as { slug: string };
          expect([typed.slug, slugify(last ?? '')]).toContain(slug ?? '');
        }
      }),
    );
  });
});
