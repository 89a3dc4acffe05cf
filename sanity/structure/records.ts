// Record types: documents the Studio writes for people (medical approvals) and nobody edits. They have no "create
// new" entry and no document actions, so a record can be neither typed by hand nor changed, duplicated or deleted.
import { MEDICAL_APPROVAL_TYPE } from '@clinic/content/review';
import type { DocumentActionComponent, DocumentActionsContext, Template } from 'sanity';

export const RECORD_TYPES: ReadonlySet<string> = new Set([MEDICAL_APPROVAL_TYPE]);

/** Removes every template of a record type: records are created by document actions and the seed only. */
export function withoutRecordTemplates(templates: Template[]): Template[] {
  return templates.filter((template) => !RECORD_TYPES.has(template.schemaType));
}

/** No action on a record: it stays as it was written. */
export function recordSafeActions(
  actions: DocumentActionComponent[],
  context: Pick<DocumentActionsContext, 'schemaType'>,
): DocumentActionComponent[] {
  return RECORD_TYPES.has(context.schemaType) ? [] : actions;
}
