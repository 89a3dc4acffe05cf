// POST /comments/:dataset/setup — creates the comments add-on dataset of a content dataset and answers
// `{datasetName}`, which is all the Studio reads of the answer before it points a client at that dataset
// (sanity-io/sanity, packages/sanity/src/core/studio/addonDataset/AddonDatasetProvider.tsx, called when the first
// comment is written). Setting up a dataset that already has its add-on answers the existing one.
import type { RequestContext } from '../http/context.ts';
import { requireDataset, requireToken } from '../http/dataset.ts';
import { HttpError, sendJson } from '../http/respond.ts';

export function handleCommentsSetup(context: RequestContext): void {
  const user = requireToken(context, 'Setting up comments');
  const dataset = requireDataset(context);
  const addons = context.lake.addons;
  if (!addons) throw new HttpError(404, 'This lake keeps no add-on datasets');
  if (context.lake.datasetName !== undefined)
    throw new HttpError(400, `"${dataset}" is an add-on dataset; comments are set up for a content dataset`);
  const info = addons.createComments(dataset, user.id);
  sendJson(context.req, context.res, 200, { datasetName: info.name, addonFor: info.addonFor });
}
