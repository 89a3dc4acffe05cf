// The Studio workspace. Which backend it uses comes from env.ts; everything else is the same for both.
import { siteLanguages } from '@clinic/content/languages';
import { documentInternationalization } from '@sanity/document-internationalization';
import { visionTool } from '@sanity/vision';
import { defineConfig, type WorkspaceOptions } from 'sanity';
import { structureTool } from 'sanity/structure';
import { medicalReviewActions } from './actions/medicalReview.tsx';
import { withDraftAfterUnpublish } from './actions/draftAfterUnpublish.tsx';
import { articleSlugHistoryActions } from './actions/publishWithSlugHistory.tsx';
import { backend } from './env.ts';
import { guardUnreachableFetches } from './offline/fetchGuard.ts';
import { KeepCaretInput } from './form/KeepCaretInput.tsx';
import { uploadReasons } from './form/uploadReasons.tsx';
import { presentation } from './presentation/index.ts';
import { medicalReviewBadges } from './review/badges.tsx';
import { schemaTypes } from './schemaTypes/index.ts';
import { TRANSLATED_TYPES } from './schemaTypes/shared/translation.ts';
import { documentBadges } from './structure/badges.ts';
import { defaultDocumentNode } from './structure/auditTrail.ts';
import { recordSafeActions, withoutRecordTemplates } from './structure/records.ts';
import { structure } from './structure/index.ts';
import { newDocumentOptions } from './structure/newDocumentOptions.ts';
import { singletonSafeActions, withoutSingletonTemplates } from './structure/singleton.ts';
import { SANITY_API_VERSION } from '@clinic/content/api-version';

// The local lake serves documents, assets, history, content releases (with their schedule: scheduled drafts are
// one-document releases) and comments (its comments add-on dataset), as the hosted Content Lake does; both
// backends keep Sanity's defaults for those. The add-ons it does not serve are switched off here instead of being
// faked by the lake. The legacy Scheduling API (`scheduledPublishing`) is superseded by scheduled releases.
const localLakeOptions: Partial<WorkspaceOptions> = {
  auth: { loginMethod: 'token' },
  tasks: { enabled: false },
  scheduledPublishing: { enabled: false },
  announcements: { enabled: false },
  mediaLibrary: { enabled: false },
};

// Offline, the Studio's own calls to Sanity's hosted services fail at once instead of leaving the machine.
if (backend.kind === 'local' && typeof window !== 'undefined') guardUnreachableFetches();

export default defineConfig({
  name: 'default',
  title: backend.kind === 'local' ? 'Propel Therapeutics (local)' : 'Propel Therapeutics',
  projectId: backend.projectId,
  dataset: backend.dataset,
  ...(backend.kind === 'local' ? { apiHost: backend.apiHost, ...localLakeOptions } : {}),
  plugins: [
    structureTool({ structure, defaultDocumentNode }),
    presentation,
    // A refused upload shows the lake's reason (form/uploadReasons.tsx).
    uploadReasons(),
    visionTool({ defaultApiVersion: SANITY_API_VERSION }),
    // Document-level translations: each language is its own document, linked by a `translation.metadata` document.
    documentInternationalization({
      supportedLanguages: siteLanguages.map(({ code, name }) => ({ id: code, title: name })),
      schemaTypes: [...TRANSLATED_TYPES],
    }),
  ],
  schema: {
    types: schemaTypes,
    templates: (templates) => withoutRecordTemplates(withoutSingletonTemplates(templates)),
  },
  // Two people typing in one field keep their own caret (see form/KeepCaretInput.tsx).
  form: { components: { input: KeepCaretInput } },
  document: {
    // Articles keep their old addresses when published with a new slug (see actions/publishWithSlugHistory.tsx).
    // Medical approvals are records: no action edits, duplicates or deletes one (see structure/records.ts).
    // Articles are published only as a medical reviewer approved them (see actions/medicalReview.tsx).
    // After unpublishing, the pane moves to the draft (see actions/draftAfterUnpublish.tsx).
    actions: (actions, context) =>
      withDraftAfterUnpublish(
        medicalReviewActions(
          articleSlugHistoryActions(
            recordSafeActions(singletonSafeActions(actions, context), context),
            context,
          ),
          context,
        ),
      ),
    newDocumentOptions,
    badges: (badges, context) => medicalReviewBadges(documentBadges(badges, context), context),
    // Reviewers comment on the exact words (a field or a text selection in the body) and mention staff; on both
    // backends the comments live in the dataset's comments add-on dataset.
    comments: { enabled: true },
  },
});
