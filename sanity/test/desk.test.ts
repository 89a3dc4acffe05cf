// The desk structure, built with the Studio's own structure builder and serialized as the desk would render it.
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { Source } from 'sanity';
import { createStructureBuilder, type StructureBuilder } from 'sanity/structure';
import { queryInMemory } from '@clinic/content/testing/memory-fetcher';
import { checkContent, type CheckedDocument } from '../contentCheck/rules.ts';
import { structure } from '../structure/index.ts';
import { readSeedDocuments } from './support/seed.ts';
import { createMemoryLake } from './support/memoryLake.ts';
import { studioSource } from './support/source.ts';

// The Studio's real configuration, resolved the way the Studio resolves it, with an in-memory lake behind it.
let source: Source;
beforeAll(async () => {
  source = await studioSource();
});

function desk() {
  // The review queue reads the due articles when it opens: the sample dataset in an in-memory lake answers it.
  const withSeed = { ...source, getClient: createMemoryLake(readSeedDocuments()).getClient } as Source;
  const S: StructureBuilder = createStructureBuilder({ source: withSeed, perspectiveStack: [] });
  const root = structure(S, {} as never) as { serialize: (options: { path: string[] }) => unknown };
  return root.serialize({ path: [] }) as {
    items: { id: string; type: string; title?: string; child?: unknown }[];
  };
}

async function openChild(id: string): Promise<Record<string, unknown>> {
  const item = desk().items.find((entry) => entry.id === id);
  if (!item) throw new Error(`No desk item ${id}`);
  const child = item.child as unknown;
  const resolved =
    typeof child === 'function'
      ? await (child as (...args: unknown[]) => unknown)(id, { index: 0, path: [] })
      : child;
  const node = resolved as { serialize?: (options: { path: string[] }) => unknown };
  return (node.serialize ? node.serialize({ path: [id] }) : resolved) as Record<string, unknown>;
}

describe('studio configuration', () => {
  it('offers no "create new" entry for site settings, only the per-language templates the desk opens them with', () => {
    const templateTypes = source.templates.map((template) => template.schemaType);
    expect(templateTypes).toEqual(expect.arrayContaining(['article', 'benefit', 'clinic', 'person']));
    const settingsTemplates = source.templates.filter((template) => template.schemaType === 'siteSettings');
    expect(settingsTemplates.map((template) => template.id)).toEqual(['siteSettings-en', 'siteSettings-es']);
    const offered = source.document
      .resolveNewDocumentOptions({ type: 'global' } as never)
      .map((item) => item.templateId);
    expect(offered).toEqual(expect.arrayContaining(['article', 'article-es', 'benefit-es', 'person']));
    expect(offered.filter((id) => id.startsWith('siteSettings'))).toEqual([]);
  });

  it('offers each kind of document once in the global create menu, and never the translation metadata', () => {
    const offered = source.document.resolveNewDocumentOptions({ type: 'global' } as never);
    const titles = offered.map((item) => item.title);
    expect(new Set(titles).size).toBe(titles.length);
    expect(offered.filter((item) => item.schemaType === 'translation.metadata')).toEqual([]);
    expect(titles).not.toContain('Translation metadata');
    // "Article" makes an English article; the plugin's "English Article" would be the same entry twice.
    expect(offered.map((item) => item.templateId)).toEqual(
      expect.arrayContaining(['article', 'article-es', 'benefit', 'benefit-es']),
    );
    expect(offered.filter((item) => item.templateId.endsWith('-en'))).toEqual([]);
    expect(titles.filter((title) => /english/i.test(title ?? ''))).toEqual([]);
  });

  it('translates articles, benefits and site settings into Spanish with the document-internationalization plugin', () => {
    expect(source.schema.get('translation.metadata')).toBeDefined();
    const spanishTemplates = source.templates.filter((template) => template.id.endsWith('-es'));
    expect(spanishTemplates.map((template) => template.schemaType).sort()).toEqual([
      'article',
      'benefit',
      'siteSettings',
    ]);
  });

  it('removes delete, duplicate and unpublish from site settings only', () => {
    const actionsFor = (schemaType: string) =>
      source.document
        .actions({ schemaType, documentId: schemaType, releaseId: undefined, versionType: 'draft' } as never)
        .map((action) => action.action);
    expect(actionsFor('siteSettings')).not.toEqual(expect.arrayContaining(['delete']));
    expect(actionsFor('siteSettings')).not.toContain('duplicate');
    expect(actionsFor('siteSettings')).not.toContain('unpublish');
    expect(actionsFor('siteSettings')).toContain('publish');
    expect(actionsFor('article')).toEqual(expect.arrayContaining(['publish', 'delete', 'duplicate']));
  });

  it('includes the Vision query tool', () => {
    expect(source.tools.map((tool) => tool.name)).toEqual(expect.arrayContaining(['structure', 'vision']));
  });
});

describe('desk structure', () => {
  it('lists site settings first, then clinics, articles, review queue, benefits, people, the Site check and the audit trail', () => {
    expect(
      desk()
        .items.filter((item) => item.type !== 'divider')
        .map((item) => item.id),
    ).toEqual([
      'siteSettings',
      'clinic',
      'article',
      'articles-by-topic',
      'due-for-review',
      'benefit',
      'person',
      'site-check',
      'audit-trail',
    ]);
  });

  it('opens the audit trail as its own view', async () => {
    const pane = await openChild('audit-trail');
    expect(pane).toMatchObject({ type: 'component', title: 'Audit trail: approvals and publishing' });
  });

  it('opens the Site check as its own view', async () => {
    const pane = await openChild('site-check');
    expect(pane).toMatchObject({ type: 'component', title: 'Site check: what the site does not show' });
  });

  it('opens site settings as one document per language, each at its fixed id and with its language set', async () => {
    const pane = await openChild('siteSettings');
    const items = pane.items as { id: string; title: string; child: unknown }[];
    expect(items.map((item) => [item.id, item.title])).toEqual([
      ['siteSettings', 'Site settings (English)'],
      ['siteSettings-es', 'Site settings (Español)'],
    ]);
    const documents = items.map((item) => item.child);
    expect(documents).toEqual([
      expect.objectContaining({
        type: 'document',
        options: expect.objectContaining({
          id: 'siteSettings',
          type: 'siteSettings',
          template: 'siteSettings-en',
        }),
      }),
      expect.objectContaining({
        type: 'document',
        options: expect.objectContaining({
          id: 'siteSettings-es',
          type: 'siteSettings',
          template: 'siteSettings-es',
        }),
      }),
    ]);
  });

  it('lists the clinics by name (the primary one is chosen in site settings)', async () => {
    const pane = await openChild('clinic');
    expect(pane.options).toMatchObject({ filter: '_type == $type', params: { type: 'clinic' } });
    expect((pane.options as { defaultOrdering: unknown }).defaultOrdering).toEqual([
      { field: 'name', direction: 'asc' },
    ]);
  });

  it('lists articles with no approval since the 12-month cutoff, read when the pane opens, by a filter listeners accept', async () => {
    const pane = await openChild('due-for-review');
    const { filter, params } = pane.options as { filter: string; params: { ids: string[] } };
    expect(filter).not.toContain('*');
    expect(params.ids).toEqual(expect.arrayContaining(['article-ketamine-for-crps-what-to-expect']));
    // Its draft is listed with it, as the desk lists a document being edited.
    expect(params.ids).toEqual(expect.arrayContaining(['drafts.article-ketamine-for-crps-what-to-expect']));
  });

  it('keeps an overdue article listed: the same articles the content check (and the site) call overdue', async () => {
    const pane = await openChild('due-for-review');
    const { filter, params } = pane.options as { filter: string; params: Record<string, unknown> };
    const dataset = readSeedDocuments() as CheckedDocument[];
    const listed = await queryInMemory<string[]>(`*[${filter}]._id`, params, dataset);
    const overdue = checkContent(dataset)
      .filter((finding) => /^(review overdue|no medical approval is recorded)/.test(finding.message))
      .map((finding) => finding.documentId);
    expect(listed).toContain('article-ketamine-for-crps-what-to-expect');
    expect([...listed].sort()).toEqual([...overdue].sort());
  });

  it('orders benefits by their display order', async () => {
    const pane = await openChild('benefit');
    expect((pane.options as { defaultOrdering: unknown }).defaultOrdering).toEqual([
      { field: 'order', direction: 'asc' },
    ]);
  });

  it('offers one list per article topic', async () => {
    const pane = await openChild('articles-by-topic');
    expect((pane.items as { id: string }[]).map((item) => item.id)).toEqual([
      'chronic-pain',
      'crps',
      'depression',
      'suicidal-thoughts',
      'anxiety',
      'safety',
      'treatment',
    ]);
  });
});
