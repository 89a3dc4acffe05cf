// Where the audit trail appears in the desk: a list item for the whole dataset, and an "Audit trail" view beside the
// form of every article and benefit (see audit/AuditTrail.tsx).
import { DocumentsIcon } from '@sanity/icons/Documents';
import type { DefaultDocumentNodeResolver, StructureBuilder } from 'sanity/structure';
import { AuditTrailPane, AuditTrailView } from '../audit/AuditTrail.tsx';
import { AUDITED_TYPES } from '../audit/trail.ts';

export const AUDIT_TRAIL_ID = 'audit-trail';

export function auditTrailListItem(S: StructureBuilder) {
  return S.listItem()
    .id(AUDIT_TRAIL_ID)
    .title('Audit trail')
    .icon(DocumentsIcon)
    .child(S.component(AuditTrailPane).id(AUDIT_TRAIL_ID).title('Audit trail: approvals and publishing'));
}

export const defaultDocumentNode: DefaultDocumentNodeResolver = (S, { schemaType }) =>
  (AUDITED_TYPES as readonly string[]).includes(schemaType)
    ? S.document().views([
        S.view.form(),
        S.view.component(AuditTrailView).title('Audit trail').id(AUDIT_TRAIL_ID),
      ])
    : S.document();
