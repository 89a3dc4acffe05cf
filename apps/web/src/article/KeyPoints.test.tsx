import { describe, expect, it } from '@jest/globals';
import { render, within } from '@testing-library/react';
import { ArticleView } from './ArticleView.tsx';
import { clinic, makeArticle } from '@/test/fixtures';

const body = [
  {
    _type: 'block',
    _key: 'b1',
    style: 'normal',
    markDefs: [],
    children: [{ _type: 'span', _key: 's1', text: 'The body starts here.', marks: [] }],
  },
];

describe('key points', () => {
  it('opens the article with the key points as the editor wrote them, under an English heading', () => {
    const keyPoints = ['First point.', 'Second point.', 'Third point.'];
    const { getByRole, container } = render(
      <ArticleView article={makeArticle({ keyPoints, body } as never)} clinic={clinic} />,
    );
    const section = getByRole('region', { name: 'Key points' });
    expect(
      within(section)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(keyPoints);
    // Before the body and the risks: a summary a reader meets first.
    const text = container.textContent ?? '';
    expect(text.indexOf('Third point.')).toBeLessThan(text.indexOf('The body starts here.'));
    expect(text.indexOf('Third point.')).toBeLessThan(text.indexOf('Risks and contraindications'));
  });

  it('uses a Spanish heading on a Spanish page', () => {
    const { getByRole } = render(
      <ArticleView
        article={makeArticle({ keyPoints: ['Uno.', 'Dos.', 'Tres.'], language: 'es' })}
        clinic={clinic}
        locale="es"
      />,
    );
    expect(getByRole('region', { name: 'Puntos clave' })).toBeTruthy();
  });

  it('shows no empty section for an article without key points', () => {
    const { queryByRole } = render(<ArticleView article={makeArticle({ keyPoints: [] })} clinic={clinic} />);
    expect(queryByRole('region', { name: 'Key points' })).toBeNull();
  });
});
