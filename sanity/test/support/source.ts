// The Studio's real configuration (plugins included), resolved the way the Studio resolves it, with an in-memory
// lake behind it. Resolved once per test file.
import { createSourceFromConfig, type CurrentUser, type Source } from 'sanity';
import config from '../../sanity.config.ts';
import { createMemoryLake } from './memoryLake.ts';

const editor: CurrentUser = {
  id: 'editor',
  name: 'Clinic editor',
  email: 'editor@example.com',
  role: 'administrator',
  roles: [{ name: 'administrator', title: 'Administrator' }],
};

let resolved: Promise<Source> | undefined;

export function studioSource(): Promise<Source> {
  resolved ??= (async () => {
    const source = await createSourceFromConfig({
      ...config,
      currentUser: editor,
      getClient: createMemoryLake([]).getClient,
    });
    // The structure builder and validation translate messages with i18next, which loads its bundles lazily; load
    // them now so no import is still pending when the test file ends.
    await source.i18n.loadNamespaces(['studio', 'structure', 'validation']);
    return source;
  })();
  return resolved;
}
