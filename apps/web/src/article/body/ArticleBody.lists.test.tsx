import { describe, expect, it } from '@jest/globals';
import { cleanup, render } from '@testing-library/react';
import fc from 'fast-check';
import type { ArticleBodyBlock } from '@clinic/content';
import { citations, clinic } from '@/test/fixtures';
import { ArticleBody } from './ArticleBody.tsx';

type ListKind = 'bullet' | 'number';

function item(text: string, level: number, listItem: ListKind): ArticleBodyBlock {
  return {
    _type: 'block',
    _key: text,
    style: 'normal',
    listItem,
    level,
    markDefs: [],
    children: [{ _type: 'span', _key: `${text}-s`, text, marks: [] }],
  } as unknown as ArticleBodyBlock;
}

function renderList(levels: number[], listItem: ListKind) {
  const body = levels.map((level, index) => item(`item-${index}`, level, listItem));
  const { container } = render(<ArticleBody body={body} references={citations} clinic={clinic} />);
  const prose = container.querySelector('.prose')!;
  const itemFor = (index: number) =>
    [...prose.querySelectorAll('li')].find((li) => li.firstChild?.nodeType === Node.TEXT_NODE && li.firstChild.textContent === `item-${index}`)!;
  return { prose, itemFor };
}

/** How many lists enclose an element inside the article body: 1 for a top-level item. */
function listDepth(element: Element, root: Element): number {
  let depth = 0;
  for (let node = element.parentElement; node && node !== root; node = node.parentElement) {
    if (node.tagName === 'UL' || node.tagName === 'OL') depth += 1;
  }
  return depth;
}

/** The number a browser shows for an item of an <ol>: its position among the list's items. */
function ordinal(li: Element): number {
  return [...li.parentElement!.children].indexOf(li) + 1;
}

describe('lists nest by the level the editor set', () => {
  it('keeps a numbered list that starts at level 3 and returns to level 1 as one list, three levels deep', () => {
    const { prose, itemFor } = renderList([3, 1], 'number');
    expect(prose.querySelectorAll(':scope > ol')).toHaveLength(1);
    expect(listDepth(itemFor(0), prose)).toBe(3);
    expect(listDepth(itemFor(1), prose)).toBe(1);
    expect(itemFor(1).parentElement).toBe(prose.querySelector(':scope > ol'));
  });

  it('nests bullets that jump from level 1 to level 3 three levels deep', () => {
    const { prose, itemFor } = renderList([1, 3, 1], 'bullet');
    expect(prose.querySelectorAll(':scope > ul')).toHaveLength(1);
    expect([0, 1, 2].map((index) => listDepth(itemFor(index), prose))).toEqual([1, 3, 1]);
  });

  it('continues the numbering of a level after a deeper excursion', () => {
    const { prose, itemFor } = renderList([1, 2, 3, 1, 2, 1], 'number');
    expect(prose.querySelectorAll(':scope > ol')).toHaveLength(1);
    expect([0, 3, 5].map((index) => ordinal(itemFor(index)))).toEqual([1, 2, 3]);
    expect([1, 4].map((index) => ordinal(itemFor(index)))).toEqual([1, 1]);
    expect(itemFor(3).parentElement).toBe(itemFor(0).parentElement);
  });

  it('keeps the marker class off an item that has its own text and a nested list', () => {
    const { itemFor } = renderList([1, 2, 1], 'bullet');
    expect(itemFor(0).querySelector(':scope > ul')).not.toBeNull();
    expect(itemFor(0).classList.contains('list-item--unwritten')).toBe(false);
  });

  it('matches the levels for any sequence the editor can write (generated)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 14 }),
        fc.constantFrom<ListKind>('bullet', 'number'),
        (levels, kind) => {
          cleanup();
          const { prose, itemFor } = renderList(levels, kind);
          const tag = kind === 'number' ? 'OL' : 'UL';
          // One list for one run of items, whatever level it starts at.
          expect([...prose.children].map((child) => child.tagName)).toEqual([tag]);
          levels.forEach((level, index) => {
            const li = itemFor(index);
            expect(listDepth(li, prose)).toBe(level);
            // An item continues the list of the previous item at its level unless a shallower item came between.
            for (let previous = index - 1; previous >= 0 && levels[previous]! >= level; previous -= 1) {
              if (levels[previous] === level) {
                expect(li.parentElement).toBe(itemFor(previous).parentElement);
                expect(ordinal(li)).toBeGreaterThan(ordinal(itemFor(previous)));
                break;
              }
            }
          });
          // Reading order is the editor's order.
          const texts = [...prose.querySelectorAll('li')].flatMap((li) =>
            li.firstChild?.nodeType === Node.TEXT_NODE ? [li.firstChild.textContent] : [],
          );
          expect(texts).toEqual(levels.map((_, index) => `item-${index}`));
          // Only the items nobody wrote are marked to draw no bullet or number; every written item keeps its marker.
          for (const li of prose.querySelectorAll('li')) {
            const written = li.firstChild?.nodeType === Node.TEXT_NODE;
            expect(li.classList.contains('list-item--unwritten')).toBe(!written);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
