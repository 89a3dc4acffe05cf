// The access groups stored in each dataset as `system.group` documents, as Sanity keeps them
// (`_.groups.<role>`, `{members: [userId], grants: [{filter, permissions}]}`; see "Roles" in Sanity's docs,
// https://www.sanity.io/docs/access-control, and the Studio's `getSystemGroups$` query
// `*[_type == "system.group"]{members, grants}`). The Studio reads them to tell which project members may read a
// document, so it can offer them in the comment mention list (packages/sanity/src/core/hooks/
// useUserListWithPermissions.ts). Every user of the lake is an administrator (src/users.ts), so there is one group,
// `_.groups.administrator`, whose members are the users of `users.json`; it is rewritten whenever that list
// changes, in one transaction authored by `system`, and only then.
import { isDeepStrictEqual } from 'node:util';
import fs from 'node:fs';
import type { DocumentStore } from '../store/document-store.ts';
import { newRevision } from '../store/ids.ts';
import type { SanityDocument } from '../store/types.ts';
import { usersFile, type UserDirectory } from '../users.ts';

export const ADMINISTRATOR_GROUP_ID = '_.groups.administrator';

/** What an administrator may do: every document, every permission the lake knows. */
const ADMINISTRATOR_GRANTS = [
  { filter: '_id in path("**")', permissions: ['history', 'read', 'update', 'create'] },
];

/**
 * Makes `_.groups.administrator` in `store` list exactly `memberIds` (in that order); writes nothing when it already
 * does. Returns whether a transaction was committed.
 */
export function syncAdministratorGroup(store: DocumentStore, memberIds: string[]): boolean {
  const current = store.get(ADMINISTRATOR_GROUP_ID);
  if (
    current &&
    isDeepStrictEqual(current.members, memberIds) &&
    isDeepStrictEqual(current.grants, ADMINISTRATOR_GRANTS)
  )
    return false;
  const timestamp = new Date().toISOString();
  const id = newRevision();
  store.commit((get) => {
    const before = get(ADMINISTRATOR_GROUP_ID) ?? null;
    const after: SanityDocument = {
      _id: ADMINISTRATOR_GROUP_ID,
      _type: 'system.group',
      _rev: id,
      _createdAt: before?._createdAt ?? timestamp,
      _updatedAt: timestamp,
      grants: ADMINISTRATOR_GRANTS,
      members: memberIds,
    };
    const mutation = {
      createOrReplace: { _id: after._id, _type: after._type, grants: after.grants, members: memberIds },
    };
    return {
      id,
      timestamp,
      author: 'system',
      changes: [{ id: ADMINISTRATOR_GROUP_ID, before, after, mutations: [mutation] }],
      mutations: [mutation],
    };
  });
  return true;
}

/**
 * Keeps the administrator group of every store from `stores()` equal to the users of `users.json`: now, and each
 * time the file changes (polled once a second, as `add-user` may run while the lake does). Returns a stop function.
 */
export function keepSystemGroups(
  users: UserDirectory,
  dataDir: string,
  stores: () => DocumentStore[],
): () => void {
  const sync = () => {
    const ids = users.all().map((user) => user.id);
    for (const store of stores()) syncAdministratorGroup(store, ids);
  };
  sync();
  const file = usersFile(dataDir);
  const onChange = () => sync();
  fs.watchFile(file, { interval: 1000 }, onChange);
  return () => fs.unwatchFile(file, onChange);
}
