// Dataset and access checks shared by the data endpoints.
import { DATASETS, PROJECT_ID } from '../config.ts';
import type { RequestContext } from './context.ts';
import { HttpError } from './respond.ts';

export function requireDataset(context: RequestContext, name = context.params.dataset): string {
  if (name === undefined || !(DATASETS as readonly string[]).includes(name)) {
    throw new HttpError(404, `Dataset "${name ?? ''}" not found for project ID "${PROJECT_ID}"`);
  }
  return name;
}

export function requireToken(context: RequestContext, what: string): void {
  if (!context.authenticated) {
    throw new HttpError(
      401,
      `${what} needs the lake token: send "Authorization: Bearer <token>" (LOCAL_LAKE_TOKEN, or the token file in the data folder)`,
    );
  }
}
