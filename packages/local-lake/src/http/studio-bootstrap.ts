// The project and user endpoints a Studio calls on load. The lake has one project (`local`), one dataset and the
// users of `<data>/users.json`, each an administrator. Answers follow the shapes the Studio reads (see its project, grants,
// user and auth stores); features the lake does not offer (comments, scheduling, plans) answer "none".
import { DATASETS, PROJECT_ID } from '../config.ts';
import type { RequestContext } from './context.ts';
import { EDITOR_ID, type LakeUser } from '../users.ts';
import { HttpError, sendJson } from './respond.ts';

const CREATED_AT = '2026-01-01T00:00:00.000Z';

const ADMIN_ROLE = {
  name: 'administrator',
  title: 'Administrator',
  description: 'Full access to the local lake',
};

/** `/users/me` for a signed-in user, as the Studio's auth store reads it. */
function currentUser(user: LakeUser) {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    profileImage: null,
    provider: 'local',
    role: 'administrator',
    roles: [ADMIN_ROLE],
  };
}

/** Grants for the token holder (everything) and for anonymous visitors (read published only). */
const EDITOR_ACL = [
  { filter: '_id in path("**")', permissions: ['read', 'create', 'update', 'history', 'editHistory'] },
];
const ANONYMOUS_ACL = [{ filter: '_id in path("*")', permissions: ['read'] }];

/** The project named in the path; a path without one is on the project's own host (`<projectId>.<apiHost>`). */
function requireProject(context: RequestContext): void {
  if (context.params.projectId !== undefined && context.params.projectId !== PROJECT_ID)
    throw new HttpError(404, `Project "${context.params.projectId}" not found`);
}

export function handleCurrentUser(context: RequestContext): void {
  // Anonymous: an empty object, which is how the Content Lake says "not logged in".
  sendJson(context.req, context.res, 200, context.user ? currentUser(context.user) : {});
}

/**
 * `GET /users/:ids` — one entry per comma-separated id, `{id, displayName, imageUrl, email}` or null for an
 * unknown id (the Studio's user store reads it for avatars, presence and history).
 */
export function handleUsers(context: RequestContext): void {
  const ids = (context.params.ids ?? '').split(',').map((id) => decodeURIComponent(id));
  const users = ids.map((id) => {
    const user = context.lake.users.byId(id);
    return user ? { id: user.id, displayName: user.name, imageUrl: null, email: user.email } : null;
  });
  // One id answers one object, as the hosted API does; several answer an array.
  sendJson(context.req, context.res, 200, ids.length === 1 ? users[0] : users);
}

export function handleAuthId(context: RequestContext): void {
  if (!context.user) throw new HttpError(401, "Not logged in: send a user's token");
  sendJson(context.req, context.res, 200, {
    id: context.user.id,
    expiry: Math.floor(Date.now() / 1000) + 24 * 3600,
  });
}

export function handleAuthProviders(context: RequestContext): void {
  sendJson(context.req, context.res, 200, { providers: [], thirdPartyLogin: false, sso: {} });
}

export function handleLogout(context: RequestContext): void {
  sendJson(context.req, context.res, 200, { ok: true });
}

export function handleProject(context: RequestContext): void {
  requireProject(context);
  sendJson(context.req, context.res, 200, {
    id: PROJECT_ID,
    displayName: 'Local Content Lake',
    studioHost: null,
    isBlocked: false,
    isDisabled: false,
    isDisabledByUser: false,
    metadata: { color: '#2276fc', externalStudioHost: '' },
    maxRetentionDays: 3650,
    activityFeedEnabled: false,
    createdAt: CREATED_AT,
    updatedAt: CREATED_AT,
    organizationId: null,
    organization: null,
    members: context.lake.users.all().map((user) => ({
      id: user.id,
      createdAt: CREATED_AT,
      updatedAt: CREATED_AT,
      isCurrentUser: user.id === context.user?.id,
      isRobot: false,
      role: 'administrator',
      roles: [ADMIN_ROLE],
    })),
    features: [],
    pendingInvites: 0,
  });
}

export function handleDatasets(context: RequestContext): void {
  requireProject(context);
  // Add-on datasets (comments) do not exist here.
  if (
    context.url.searchParams.has('addonFor') ||
    context.url.searchParams.get('datasetProfile') === 'comments'
  ) {
    sendJson(context.req, context.res, 200, []);
    return;
  }
  sendJson(
    context.req,
    context.res,
    200,
    DATASETS.map((name) => ({
      name,
      aclMode: 'public',
      createdAt: CREATED_AT,
      createdByUserId: EDITOR_ID,
      addonFor: null,
      datasetProfile: 'content',
      features: [],
      tags: [],
    })),
  );
}

export function handleAcl(context: RequestContext): void {
  requireProject(context);
  if (!(DATASETS as readonly string[]).includes(context.params.dataset ?? '')) {
    throw new HttpError(404, `Dataset "${context.params.dataset}" not found`);
  }
  sendJson(context.req, context.res, 200, context.authenticated ? EDITOR_ACL : ANONYMOUS_ACL);
}

export function handleGrants(context: RequestContext): void {
  requireProject(context);
  if (!context.authenticated) {
    sendJson(context.req, context.res, 200, {});
    return;
  }
  const role = (grants: string[]) => [
    {
      id: 'administrator',
      name: 'administrator',
      title: 'Administrator',
      description: null,
      isCustom: false,
      config: {},
      grants: grants.map((name) => ({ name, params: {} })),
    },
  ];
  sendJson(context.req, context.res, 200, {
    'sanity.project': role(['read', 'update', 'createSession', 'deployStudio']),
    'sanity.project.datasets': role(['read', 'create', 'update', 'delete']),
    'sanity.project.members': role(['read']),
    'sanity.project.tokens': role(['read']),
    'sanity.document.filter': role(['read', 'create', 'update', 'history', 'editHistory']),
  });
}

/** Endpoints whose honest answer is "nothing here": no deployed apps, no features, no announcements. */
export function emptyAnswer(value: unknown) {
  return (context: RequestContext): void => sendJson(context.req, context.res, 200, value);
}

export function handleSchedules(context: RequestContext): void {
  // Scheduled publishing is switched off in the local Studio configuration; report no schedules.
  sendJson(context.req, context.res, 200, { schedules: [] });
}

/** Whether the calling page's origin may use the lake, as the Studio asks before it starts. */
export function handleCorsCheck(context: RequestContext): void {
  const origin = context.req.headers.origin;
  const allowed = typeof origin === 'string' ? context.lake.cors.lookup(origin) : null;
  sendJson(context.req, context.res, 200, {
    result: { allowed: allowed !== null, withCredentials: allowed?.allowCredentials ?? false },
  });
}
