// Site settings exist exactly once: no "create new" template, and no delete, duplicate or unpublish action.
import type { DocumentActionComponent, DocumentActionsContext, Template } from 'sanity';
import { SITE_SETTINGS_ID } from '../schemaTypes/documents/siteSettings.ts';

export const SINGLETON_TYPES: ReadonlySet<string> = new Set([SITE_SETTINGS_ID]);
const SINGLETON_ACTIONS: ReadonlySet<string> = new Set(['publish', 'discardChanges', 'restore']);

export function withoutSingletonTemplates(templates: Template[]): Template[] {
  return templates.filter((template) => !SINGLETON_TYPES.has(template.schemaType));
}

export function singletonSafeActions(
  actions: DocumentActionComponent[],
  context: Pick<DocumentActionsContext, 'schemaType'>,
): DocumentActionComponent[] {
  if (!SINGLETON_TYPES.has(context.schemaType)) return actions;
  return actions.filter(({ action }) => action !== undefined && SINGLETON_ACTIONS.has(action));
}
