// Site settings exist once per site language, at fixed ids: no "create new" entry for them, and no delete,
// duplicate or unpublish action. The per-language templates the translation plugin adds (`siteSettings-es`) stay
// registered so the desk can open a missing language's settings with its language already set.
import { SITE_SETTINGS_TYPE, siteLanguages } from '@clinic/content';
import type {
  DocumentActionComponent,
  DocumentActionsContext,
  NewDocumentOptionsResolver,
  Template,
} from 'sanity';

export const SINGLETON_TYPES: ReadonlySet<string> = new Set([SITE_SETTINGS_TYPE]);
const SINGLETON_ACTIONS: ReadonlySet<string> = new Set(['publish', 'discardChanges', 'restore']);

/** The template the desk uses to open the site settings of `language` (added by the translation plugin). */
export const singletonTemplateId = (type: string, language: string) => `${type}-${language}`;

const LANGUAGE_TEMPLATE_IDS: ReadonlySet<string> = new Set(
  [...SINGLETON_TYPES].flatMap((type) => siteLanguages.map(({ code }) => singletonTemplateId(type, code))),
);

/** Removes every singleton template but the per-language ones the desk opens the fixed documents with. */
export function withoutSingletonTemplates(templates: Template[]): Template[] {
  return templates.filter(
    (template) => !SINGLETON_TYPES.has(template.schemaType) || LANGUAGE_TEMPLATE_IDS.has(template.id),
  );
}

/** Keeps the per-language singleton templates out of every "create new document" menu. */
export const withoutSingletonNewDocumentOptions: NewDocumentOptionsResolver = (items) =>
  items.filter((item) => !LANGUAGE_TEMPLATE_IDS.has(item.templateId));

export function singletonSafeActions(
  actions: DocumentActionComponent[],
  context: Pick<DocumentActionsContext, 'schemaType'>,
): DocumentActionComponent[] {
  if (!SINGLETON_TYPES.has(context.schemaType)) return actions;
  return actions.filter(({ action }) => action !== undefined && SINGLETON_ACTIONS.has(action));
}
