// The offline Studio's build loads nothing from Sanity's online hosts, and its own calls to them fail at once.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { guardUnreachableFetches } from '../offline/fetchGuard.ts';
import { isUnreachableUrl, UNREACHABLE_HOSTS, withoutUnreachableHosts } from '../offline/unreachableHosts.ts';

const require = createRequire(import.meta.url);
const HOST_REFERENCE =
  /https:\/\/(?:[a-z0-9-]+\.)*(?:sanity-cdn\.(?:com|work)|(?:design-system-)?static\.sanity\.io|studio-static\.sanity\.io)/;

describe('what the Studio build emits', () => {
  it('drops the dashboard bridge script that Sanity 6.9 adds to index.html, keeping the rest', () => {
    const html =
      '<html><head><meta charset="utf-8">\n<script src="https://core.sanity-cdn.com/bridge.js" async type="module" data-sanity-core></script>\n</head><body><script src="/static/app.js" type="module"></script></body></html>';
    const cleaned = withoutUnreachableHosts(html);
    expect(cleaned).not.toMatch(HOST_REFERENCE);
    expect(cleaned).toContain('<script src="/static/app.js" type="module"></script>');
    expect(cleaned).toContain('<meta charset="utf-8">');
  });

  it("rewrites the font sources of Sanity's own style sheet to the installed font, keeping every rule", () => {
    const packageJson = require.resolve('@sanity-labs/ui-poc/package.json', {
      paths: [require.resolve('sanity')],
    });
    const css = readFileSync(path.join(path.dirname(packageJson), 'dist/styles.css'), 'utf8');
    expect(css).toMatch(HOST_REFERENCE);
    const cleaned = withoutUnreachableHosts(css);
    expect(cleaned).not.toMatch(HOST_REFERENCE);
    expect(cleaned.match(/@font-face/g)?.length).toBe(css.match(/@font-face/g)?.length);
    expect(cleaned).toContain('src:local("Inter")');
    // Nothing outside the @font-face rules changed.
    const withoutFontFaces = (sheet: string) => sheet.replace(/@font-face\{[^}]*\}/g, '');
    expect(withoutFontFaces(cleaned)).toBe(withoutFontFaces(css));
  });

  it('leaves text without such references unchanged', () => {
    const text =
      '<link rel="icon" href="/static/favicon.ico"><style>@font-face{src:url(/static/a.woff2) format("woff2")}</style>';
    expect(withoutUnreachableHosts(text)).toBe(text);
  });
});

/** A `fetch` that records every address it is called with, behind the offline guard. */
function guardedFetch(): { calls: string[]; target: { fetch: typeof fetch } } {
  const calls: string[] = [];
  const target = {
    fetch: (async (input: RequestInfo | URL) => {
      calls.push(String(input));
      return new Response('ok');
    }) as typeof fetch,
  };
  guardUnreachableFetches(target as never);
  return { calls, target };
}

describe("the Studio's own calls", () => {
  it.each([
    'https://sanity-cdn.com/v1/modules/sanity/latest/%5E6.9.2/t1',
    'https://sanity-cdn.com/v1/modules/by-app/app1/t1/%5E6.9.2/sanity',
  ])('answer the version check of %s with the running version, without a request', async (url) => {
    const { calls, target } = guardedFetch();
    const answer = await target.fetch(url);
    expect(answer.ok).toBe(true);
    expect(await answer.json()).toEqual({ packageVersion: '6.9.2' });
    expect(calls).toEqual([]);
  });

  it.each([
    'https://core.sanity-cdn.com/bridge.js',
    'https://api.sanity.io/vX/intake/feedback',
    'https://design-system-static.sanity.io/InterVariable-latin.woff2',
  ])('fail at once for %s, without a request', async (url) => {
    const { calls, target } = guardedFetch();
    await expect(target.fetch(url)).rejects.toThrow(/not reachable from the offline Studio/);
    expect(calls).toEqual([]);
  });

  it('go through to the local lake and anything else on this machine', async () => {
    const { calls, target } = guardedFetch();
    await target.fetch('https://local.localhost:3901/v2025-02-19/users/me');
    await target.fetch('http://127.0.0.1:3000/api/draft-mode/enable');
    expect(calls).toHaveLength(2);
    expect(isUnreachableUrl('https://localhost:3901/')).toBe(false);
    expect(UNREACHABLE_HOSTS.every((host) => isUnreachableUrl(`https://${host}/x`))).toBe(true);
  });
});
