// A Vite plugin for the Studio build and dev server (sanity.cli.ts `vite`): the emitted index.html and style
// sheets no longer load anything from hosts the offline Studio cannot reach (see unreachableHosts.ts).
import type { Plugin } from 'vite';
import { withoutUnreachableHosts } from './unreachableHosts.ts';

const TEXT_ASSET = /\.(?:html|css)$/;

export function offlineStudioPlugin(): Plugin {
  return {
    name: 'clinic-offline-studio',
    enforce: 'post',
    // Style sheets imported by Sanity's packages (their @font-face rules), in dev and build.
    transform(code, id) {
      if (!/\.css(?:$|\?)/.test(id)) return null;
      const cleaned = withoutUnreachableHosts(code);
      return cleaned === code ? null : { code: cleaned, map: null };
    },
    transformIndexHtml: (html) => withoutUnreachableHosts(html),
    // The built index.html is emitted by Sanity's build plugin as an asset, after the HTML transforms ran.
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'asset' || !TEXT_ASSET.test(output.fileName)) continue;
        const source =
          typeof output.source === 'string' ? output.source : new TextDecoder().decode(output.source);
        const cleaned = withoutUnreachableHosts(source);
        if (cleaned !== source) output.source = cleaned;
      }
    },
  };
}
