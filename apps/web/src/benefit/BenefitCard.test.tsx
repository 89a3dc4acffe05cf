import { describe, expect, it } from '@jest/globals';
import { benefitSchema } from '@clinic/content';
import { render } from '@testing-library/react';
import fc from 'fast-check';
import { citations, makeArticle } from '@/test/fixtures';
import { RisksSection } from '@/article/SafetySections';
import { BenefitCard } from './BenefitCard.tsx';

const slug = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+){0,5}$/);
const benefit = (article: { title: string; slug: string } | null) =>
  benefitSchema.parse({
    _id: 'benefit-x',
    statement: 'May ease depressive symptoms within about a day',
    qualifier: 'for some adults',
    evidenceLevel: 'low',
    conditions: [],
    references: citations,
    order: 0,
    language: 'en',
    translationReviewer: null,
    translationReviewed: null,
    // As the benefits query reads a linked article: in the benefit's language, English here.
    article: article && { ...article, language: 'en', translationReviewer: null, translationReviewed: null },
  });

describe('BenefitCard', () => {
  it("puts the risks of any benefit one link away: its article's risks section", () => {
    fc.assert(
      fc.property(slug, (articleSlug) => {
        const { container, unmount } = render(
          <BenefitCard benefit={benefit({ title: 'An article', slug: articleSlug })} />,
        );
        const hrefs = [...container.querySelectorAll('a')].map((link) => link.getAttribute('href'));
        expect(hrefs).toContain(`/articles/${articleSlug}#risks`);
        unmount();
      }),
      { numRuns: 30 },
    );
  });

  it('links the safety articles when the benefit has no article', () => {
    const { container } = render(<BenefitCard benefit={benefit(null)} />);
    expect([...container.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual([
      '/articles?topic=safety',
    ]);
  });

  it('links to an anchor that the article page has', () => {
    const { container } = render(<RisksSection risks={makeArticle().risks} />);
    expect(container.querySelector('#risks')?.textContent).toContain('Risks and contraindications');
  });
});
