// The Presentation tool: the visitor site next to the form, in draft mode, with click-to-edit overlays.
//
// SANITY_STUDIO_PREVIEW_URL is the site's origin (default http://localhost:3000, the site `npm run dev` starts).
// The site must allow this Studio to frame it: NEXT_PUBLIC_SANITY_STUDIO_URL on the site (see apps/web/README.md).
import { presentationTool } from 'sanity/presentation';
import { resolve } from './resolve.ts';

export const DEFAULT_PREVIEW_URL = 'http://localhost:3000';

export function previewOrigin(value: string | undefined): string {
  const url = value?.trim() || DEFAULT_PREVIEW_URL;
  if (!/^https?:\/\/[^/]+\/?$/.test(url)) {
    throw new Error(`SANITY_STUDIO_PREVIEW_URL "${url}" must be a bare origin such as ${DEFAULT_PREVIEW_URL}`);
  }
  return url.replace(/\/$/, '');
}

export const presentation = presentationTool({
  resolve,
  previewUrl: {
    // Written out literally: the Studio's bundler replaces each `process.env.SANITY_STUDIO_*` at build time.
    initial: previewOrigin(process.env.SANITY_STUDIO_PREVIEW_URL),
    previewMode: { enable: '/api/draft-mode/enable', disable: '/api/draft-mode/disable' },
  },
  allowOrigins: [previewOrigin(process.env.SANITY_STUDIO_PREVIEW_URL)],
});
