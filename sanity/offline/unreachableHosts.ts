// The Studio as Sanity builds it reaches for hosts that only exist online: the Sanity dashboard's bridge script
// (core.sanity-cdn.com), the Inter font (studio-static.sanity.io, design-system-static.sanity.io) and the module
// CDN's version check (sanity-cdn.com/v1/modules). Offline each of them is a failed request and a console error.
// This module removes them from what the Studio build emits (index.html and style sheets) and keeps the Studio's
// own code from calling them; the Studio works without any of them (the font falls back to the system's).

/** Hosts the local Studio must never call (host names, exact or as a `.`-suffix). */
export const UNREACHABLE_HOSTS = [
  'sanity-cdn.com',
  'sanity-cdn.work',
  'studio-static.sanity.io',
  'design-system-static.sanity.io',
  'api.sanity.io',
] as const;

/** Whether `url` (absolute) points at one of UNREACHABLE_HOSTS. */
export function isUnreachableUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return UNREACHABLE_HOSTS.some((unreachable) => host === unreachable || host.endsWith(`.${unreachable}`));
}

const HOST_PATTERN = UNREACHABLE_HOSTS.map((host) => host.replaceAll('.', '\\.')).join('|');
/** A `<script src="https://…">` tag loading from an unreachable host (the dashboard bridge). */
const SCRIPT_TAG = new RegExp(
  `<script\\b[^>]*\\bsrc=["']https://(?:[a-z0-9-]+\\.)*(?:${HOST_PATTERN})/[^"']*["'][^>]*>\\s*</script>\\s*`,
  'gi',
);
/** A `<link … href="https://…">` (preload, stylesheet) to an unreachable host. */
const LINK_TAG = new RegExp(
  `<link\\b[^>]*\\bhref=["']https://(?:[a-z0-9-]+\\.)*(?:${HOST_PATTERN})/[^"']*["'][^>]*>\\s*`,
  'gi',
);
/**
 * A font source on an unreachable host, with its optional format() and tech() hints: replaced by the locally
 * installed font of the same family name, which is what the browser falls back to anyway.
 */
const FONT_SOURCE = new RegExp(
  `url\\(\\s*["']?https://(?:[a-z0-9-]+\\.)*(?:${HOST_PATTERN})/[^)"']*["']?\\s*\\)(?:\\s*format\\([^)]*\\))?(?:\\s*tech\\([^)]*\\))?`,
  'gi',
);

/**
 * `text` (HTML, CSS or a script carrying CSS) without references to UNREACHABLE_HOSTS: their script and link tags
 * dropped, their font sources replaced by `local("Inter")`. Text without such references is returned unchanged.
 */
export function withoutUnreachableHosts(text: string): string {
  return text.replace(SCRIPT_TAG, '').replace(LINK_TAG, '').replace(FONT_SOURCE, 'local("Inter")');
}
