import { enableDraftMode } from '@/content-client/preview/enable-draft-mode';

/** GET /api/draft-mode/enable — the Presentation tool's way into draft preview (what it checks: enableDraftMode). */
export const GET = enableDraftMode;
