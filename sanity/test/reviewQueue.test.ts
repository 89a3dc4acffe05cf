// Articles opened from the "Due for medical review" list open on the group holding the reviewer's fields.
import { describe, expect, it } from '@jest/globals';
import type { RouterPanes } from 'sanity/structure';
import { article } from '../schemaTypes/documents/article.ts';
import { DUE_FOR_REVIEW_LIST_ID, openedFromReviewQueue, REVIEW_GROUP } from '../structure/reviewQueue.ts';

const panes = (...ids: string[]): RouterPanes => ids.map((id) => [{ id }]);

describe('opening an article from the review queue', () => {
  it('is recognised from the panes before the article, wherever the queue sits', () => {
    expect(openedFromReviewQueue(panes(DUE_FOR_REVIEW_LIST_ID, 'article-x'), 1)).toBe(true);
    expect(openedFromReviewQueue(panes('articles-by-topic', 'depression', 'article-x'), 2)).toBe(false);
    // The queue opened to the right of the article (a later pane) does not count.
    expect(openedFromReviewQueue(panes('article-x', DUE_FOR_REVIEW_LIST_ID), 0)).toBe(false);
  });

  it('opens on the group that holds the medical reviewer, references and risks', () => {
    const fields = (article.fields as Array<{ name: string; group?: string }>).filter((field) => field.group === REVIEW_GROUP);
    expect(fields.map((field) => field.name)).toEqual(expect.arrayContaining(['medicalReviewer', 'references', 'risks']));
    expect(article.groups?.find((group) => group.name === REVIEW_GROUP)?.title).toBe('Medical review');
  });
});
