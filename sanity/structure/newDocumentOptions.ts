// What the "Create" menus offer. Besides the singleton rule (singleton.ts): never the translation plugin's
// `translation.metadata` (it links translations and is written by the plugin's Translations menu), and for a
// translated type one entry per language only: the plain "Article" already makes an English article (a document
// without a language counts as English), so the plugin's "English Article" would be the same thing twice.
import { DEFAULT_LANGUAGE } from '@clinic/content/languages';
import type { NewDocumentOptionsResolver } from 'sanity';
import { TRANSLATED_TYPES } from '../schemaTypes/shared/translation.ts';
import { withoutSingletonNewDocumentOptions } from './singleton.ts';

/** The plugin's template for its metadata type has the type's name as its id. */
const TRANSLATION_METADATA_TEMPLATE = 'translation.metadata';
const SAME_AS_PLAIN_TEMPLATE: ReadonlySet<string> = new Set(
  TRANSLATED_TYPES.map((type) => `${type}-${DEFAULT_LANGUAGE}`),
);

export const newDocumentOptions: NewDocumentOptionsResolver = (items, context) =>
  withoutSingletonNewDocumentOptions(items, context).filter(
    // The items name their template only (Sanity adds the schema type after this resolver).
    (item) => item.templateId !== TRANSLATION_METADATA_TEMPLATE && !SAME_AS_PLAIN_TEMPLATE.has(item.templateId),
  );
