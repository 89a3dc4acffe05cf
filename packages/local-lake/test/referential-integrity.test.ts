// Referential integrity as the hosted Content Lake keeps it, through the real @sanity/client.
// https://www.sanity.io/docs/studio/reference-type: "A strong reference will enforce that the document it points to
// actually exists, and will not allow deletion of a document that any other document refers to. A weak reference
// allows pointing to documents that may not exist (yet) or may have been deleted."
// The answer is the Mutation API's error shape (https://www.sanity.io/docs/http-reference/mutate): 409, type
// `mutationError`, one item per failing mutation or action whose `error` is `documentHasExistingReferencesError` with
// the referenced `id` and the `referencingIDs` (the fields the Studio reads from `details.items[].error`).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { SanityClient } from '@sanity/client';
import { failure } from './helpers/errors.ts';
import { startLakeWithClient, type LakeProcess } from './helpers/lake-process.ts';

let lake: LakeProcess;
let client: SanityClient;
beforeAll(async () => ({ lake, client } = await startLakeWithClient()));
afterAll(() => lake?.stop());

const reviewer = (id: string, extra: Record<string, unknown> = {}) => ({
  _type: 'reference',
  _ref: id,
  ...extra,
});

/** A reviewer, an article that references it strongly and one that references it weakly. */
async function seedReviewer(name: string): Promise<void> {
  await client
    .transaction()
    .createOrReplace({ _id: name, _type: 'person', name })
    .createOrReplace({ _id: `${name}-article`, _type: 'article', medicalReviewer: reviewer(name) })
    .createOrReplace({
      _id: `${name}-weak`,
      _type: 'article',
      related: [{ _key: 'k', ...reviewer(name, { _weak: true }) }],
    })
    .commit();
}

function expectReferencedError(
  error: Awaited<ReturnType<typeof failure>>,
  id: string,
  referencingIDs: string[],
  index = 0,
) {
  expect(error.statusCode).toBe(409);
  expect(error.details?.type).toBe('mutationError');
  expect(error.details?.items).toEqual([
    {
      index,
      error: expect.objectContaining({ type: 'documentHasExistingReferencesError', id, referencingIDs }),
    },
  ]);
  expect(error.message).toContain(referencingIDs[0]);
}

describe('a strongly referenced document cannot be deleted or unpublished', () => {
  beforeEach(async () => {
    await seedReviewer('reviewer');
  });

  it('mutate delete by id answers 409 naming the referencing document; nothing changes', async () => {
    const error = await failure(client.delete('reviewer'));
    expectReferencedError(error, 'reviewer', ['reviewer-article']);
    expect(await client.getDocument('reviewer')).toMatchObject({ name: 'reviewer' });
  });

  it('mutate delete by query answers 409 and rolls back the whole transaction', async () => {
    const error = await failure(
      client.mutate([
        { patch: { id: 'reviewer-weak', set: { title: 'changed' } } },
        { delete: { query: '*[_type == "person" && _id == $id]', params: { id: 'reviewer' } } },
      ]),
    );
    expectReferencedError(error, 'reviewer', ['reviewer-article'], 1);
    expect((await client.getDocument('reviewer-weak'))?.title).toBeUndefined();
  });

  it('sanity.action.document.delete answers 409', async () => {
    const error = await failure(
      client.action({
        actionType: 'sanity.action.document.delete',
        publishedId: 'reviewer',
        includeDrafts: [],
      }),
    );
    expectReferencedError(error, 'reviewer', ['reviewer-article']);
    expect(await client.getDocument('reviewer')).toBeDefined();
  });

  it('sanity.action.document.unpublish answers 409 and leaves no draft behind', async () => {
    const error = await failure(
      client.action({
        actionType: 'sanity.action.document.unpublish',
        draftId: 'drafts.reviewer',
        publishedId: 'reviewer',
      }),
    );
    expectReferencedError(error, 'reviewer', ['reviewer-article']);
    expect(await client.getDocument('reviewer')).toBeDefined();
    expect(await client.getDocument('drafts.reviewer')).toBeUndefined();
  });

  it('names every referencing document, at any depth', async () => {
    await client.createOrReplace({
      _id: 'reviewer-deep',
      _type: 'article',
      body: [
        { _key: 'b', _type: 'block', markDefs: [{ _key: 'm', _type: 'link', target: reviewer('reviewer') }] },
      ],
    });
    const error = await failure(client.delete('reviewer'));
    expectReferencedError(error, 'reviewer', ['reviewer-article', 'reviewer-deep']);
    await client.delete('reviewer-deep');
  });

  it('allows the delete once the strong reference is gone, or when both go in one transaction', async () => {
    await client.transaction().delete('reviewer-article').delete('reviewer').commit();
    expect(await client.getDocument('reviewer')).toBeUndefined();
    // The weak reference stays, now dangling, as the hosted lake allows.
    expect((await client.getDocument('reviewer-weak'))?.related).toHaveLength(1);
  });

  it('a document may delete itself while it references itself', async () => {
    await client.createOrReplace({ _id: 'self-ref', _type: 'note', self: reviewer('self-ref') });
    await client.delete('self-ref');
    expect(await client.getDocument('self-ref')).toBeUndefined();
  });
});

describe('weak references and _strengthenOnPublish', () => {
  it('a weak reference does not block deleting its target', async () => {
    await client.createOrReplace({ _id: 'weak-target', _type: 'person' });
    await client.createOrReplace({
      _id: 'weak-source',
      _type: 'article',
      r: reviewer('weak-target', { _weak: true }),
    });
    await client.delete('weak-target');
    expect(await client.getDocument('weak-target')).toBeUndefined();
  });

  it('publishing strengthens a _strengthenOnPublish reference, which then blocks the delete', async () => {
    await client.createOrReplace({ _id: 'new-reviewer', _type: 'person' });
    await client.createOrReplace({
      _id: 'drafts.strong-on-publish',
      _type: 'article',
      medicalReviewer: reviewer('new-reviewer', { _weak: true, _strengthenOnPublish: { type: 'person' } }),
    });
    // While only the draft holds it, the reference is weak.
    await client.action({
      actionType: 'sanity.action.document.publish',
      draftId: 'drafts.strong-on-publish',
      publishedId: 'strong-on-publish',
    });
    const published = await client.getDocument('strong-on-publish');
    expect(published?.medicalReviewer).toEqual(reviewer('new-reviewer'));
    expectReferencedError(await failure(client.delete('new-reviewer')), 'new-reviewer', [
      'strong-on-publish',
    ]);
  });

  it('a _strengthenOnPublish marked weak stays weak after publishing', async () => {
    await client.createOrReplace({ _id: 'weak-reviewer', _type: 'person' });
    await client.createOrReplace({
      _id: 'drafts.weak-on-publish',
      _type: 'article',
      medicalReviewer: reviewer('weak-reviewer', {
        _weak: true,
        _strengthenOnPublish: { type: 'person', weak: true },
      }),
    });
    await client.action({
      actionType: 'sanity.action.document.publish',
      draftId: 'drafts.weak-on-publish',
      publishedId: 'weak-on-publish',
    });
    expect((await client.getDocument('weak-on-publish'))?.medicalReviewer).toEqual(
      reviewer('weak-reviewer', { _weak: true }),
    );
    await client.delete('weak-reviewer');
    expect(await client.getDocument('weak-reviewer')).toBeUndefined();
  });
});
