import { describe, expect, it } from '@jest/globals';
import { render, screen, within } from '@testing-library/react';
import type { ArticleBodyBlock } from '@clinic/content';
import { citations, clinic } from '@/test/fixtures';
import { ReferenceList } from '@/article/ReferenceList';
import { ArticleBody } from './ArticleBody.tsx';
import { citedReferenceKeys } from './citations.ts';

// Blocks are built loosely on purpose: the component must hold its guard even for values @clinic/content
// would have rejected (a javascript: href, a citation to a missing reference).
function paragraph(key: string, text: string, mark?: { _type: string; [field: string]: unknown }): ArticleBodyBlock {
  return {
    _type: 'block',
    _key: key,
    style: 'normal',
    markDefs: mark ? [{ _key: `${key}-m`, ...mark }] : [],
    children: [{ _type: 'span', _key: `${key}-s`, text, marks: mark ? [`${key}-m`] : [] }],
  } as unknown as ArticleBodyBlock;
}

function renderBody(body: ArticleBodyBlock[]) {
  return render(<ArticleBody body={body} references={citations} clinic={clinic} />);
}

describe('links in the body', () => {
  it('keeps an external https link and marks it noopener noreferrer', () => {
    renderBody([paragraph('a', 'the guideline', { _type: 'link', href: 'https://example.org/guideline' })]);
    const link = screen.getByRole('link', { name: 'the guideline' });
    expect(link.getAttribute('href')).toBe('https://example.org/guideline');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it("renders a link to another article at the address the contract resolved, without rel", () => {
    renderBody([paragraph('a', 'chronic pain', { _type: 'internalLink', href: '/es/articulos/ketamina-dolor-cronico' })]);
    const link = screen.getByRole('link', { name: 'chronic pain' });
    expect(link.getAttribute('href')).toBe('/es/articulos/ketamina-dolor-cronico');
    expect(link.hasAttribute('rel')).toBe(false);
  });

  it('keeps a relative link without rel', () => {
    renderBody([paragraph('a', 'contact us', { _type: 'link', href: '/contact' })]);
    const link = screen.getByRole('link', { name: 'contact us' });
    expect(link.getAttribute('href')).toBe('/contact');
    expect(link.hasAttribute('rel')).toBe(false);
  });

  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', 'ftp://example.org'])(
    'drops the link but keeps the words for %s',
    (href) => {
      const { container } = renderBody([paragraph('a', 'click here', { _type: 'link', href })]);
      expect(container.querySelector('a')).toBeNull();
      expect(container.textContent).toBe('click here');
    },
  );
});

describe('citations and references', () => {
  const body = [
    paragraph('a', 'Guidelines find moderate evidence for CRPS', { _type: 'citation', referenceKey: 'asra2018' }),
    paragraph('b', 'comparable to ECT', { _type: 'citation', referenceKey: 'elektd' }),
    paragraph('c', 'a claim whose source was dropped', { _type: 'citation', referenceKey: 'missing' }),
    paragraph('d', 'cited again', { _type: 'citation', referenceKey: 'elektd' }),
  ];

  it('numbers citation marks by the reference list and links them to #ref-<n>', () => {
    const { container } = renderBody(body);
    const marks = [...container.querySelectorAll('sup.citation a')];
    expect(marks.map((mark) => [mark.textContent, mark.getAttribute('href')])).toEqual([
      ['[1]', '#ref-1'],
      ['[2]', '#ref-2'],
      ['[2]', '#ref-2'],
    ]);
    // Only the first mark for a reference carries the anchor the "back" link targets, so ids stay unique.
    expect(marks.map((mark) => mark.id)).toEqual(['cite-1', 'cite-2', '']);
  });

  it('renders a citation to a missing reference as plain text', () => {
    const { container } = renderBody([body[2]!]);
    expect(container.querySelector('sup')).toBeNull();
    expect(container.textContent).toBe('a claim whose source was dropped');
  });

  it('lists references with anchors and links back to where they are cited', () => {
    render(<ReferenceList references={citations} citedKeys={citedReferenceKeys(body, citations)} />);
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.id)).toEqual(['ref-1', 'ref-2']);
    const first = within(items[0]!);
    expect(first.getByRole('link', { name: citations[0]!.title }).getAttribute('href')).toBe('https://doi.org/10.1097/AAP.0000000000000808');
    expect(first.getByRole('link', { name: 'Back to citation 1 in the text' }).getAttribute('href')).toBe('#cite-1');
    expect(items[1]!.textContent).toContain('Randomized controlled trial');
    expect(items[0]!.textContent).toMatch(/^Cohen SP, et al\. Consensus guidelines .+\. Regional Anesthesia & Pain Medicine \(2018\)\. Clinical guideline\./);
  });

  it('offers no back link for a reference the body does not cite', () => {
    render(<ReferenceList references={citations} citedKeys={new Set(['elektd'])} />);
    expect(screen.queryByRole('link', { name: 'Back to citation 1 in the text' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Back to citation 2 in the text' })).toBeTruthy();
  });
});

describe('call-to-action block', () => {
  it('renders a call button from the clinic record', () => {
    renderBody([{ _type: 'ctaBlock', _key: 'cta', heading: 'Questions?', text: 'Call us.', action: 'call' } as ArticleBodyBlock]);
    expect(screen.getByRole('link', { name: /call \(916\) 915-9215/i }).getAttribute('href')).toBe('tel:+19169159215');
  });

  it('is left out when the clinic cannot back the action', () => {
    const { container } = render(
      <ArticleBody
        body={[{ _type: 'ctaBlock', _key: 'cta', heading: 'Book now', text: 'x', action: 'book' } as ArticleBodyBlock]}
        references={citations}
        clinic={{ ...clinic, bookingUrl: null }}
      />,
    );
    expect(container.textContent).toBe('');
  });
});
