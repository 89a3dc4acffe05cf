// Dataset and access checks shared by the data endpoints.
import { DATASETS, PROJECT_ID } from '../config.ts';
import type { LakeUser } from '../users.ts';
import type { RequestContext } from './context.ts';
import { HttpError } from './respond.ts';

export function requireDataset(context: RequestContext, name = context.params.dataset): string {
  if (name !== undefined && name === context.lake.datasetName) {
    // Add-on datasets (comments) are private, as Sanity creates them: every read needs a user's token.
    requireToken(context, `The private dataset "${name}"`);
    return name;
  }
  if (name === undefined || !(DATASETS as readonly string[]).includes(name)) {
    throw new HttpError(404, `Dataset "${name ?? ''}" not found for project ID "${PROJECT_ID}"`);
  }
  return name;
}

/** The user making the request; 401 for a request without a user's token. */
export function requireToken(context: RequestContext, what: string): LakeUser {
  if (!context.user) {
    throw new HttpError(
      401,
      `${what} needs a user's token: send "Authorization: Bearer <token>" (LOCAL_LAKE_TOKEN, the token file or users.json in the data folder)`,
    );
  }
  return context.user;
}
