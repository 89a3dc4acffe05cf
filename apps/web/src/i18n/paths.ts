import { sectionPaths, type Section } from '@clinic/content/routes';

/**
 * Every public URL of the site per language, so no component spells a path itself. The route table lives in the
 * content contract (`@clinic/content/routes`) because the Studio's Presentation tool opens the same pages.
 */
export { articlePath, sectionPath, sectionPaths, type Section } from '@clinic/content/routes';

const escapeForPattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A Next.js route `source` (path-to-regexp, as in `headers()` and `redirects()` of next.config.ts) that matches a
 * section page in every language and nothing else, e.g. `/:search(search|es/buscar)`; built from the route table,
 * so a new language's section is matched without editing the config. Not for `home`, whose English path is `/`.
 */
export function sectionSource(section: Exclude<Section, 'home'>): string {
  const paths = Object.values(sectionPaths(section)).map((path) => escapeForPattern(path.slice(1)));
  return `/:${section}(${paths.join('|')})`;
}
