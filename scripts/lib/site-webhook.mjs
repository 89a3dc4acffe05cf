// The site's revalidation webhook, in one place: the entry the dev runner registers with the local lake, and the
// definition `npm run webhook-definition` prints for a hosted project's API settings. The types are the content
// contract's, so a type the site's cache tags depend on is never left out of the filter.
import { CONTENT_TYPES } from '@clinic/content/tags';
import { revalidationWebhook } from '@clinic/local-lake/webhooks';

/** The webhook that calls `<siteUrl>/api/revalidate` after a published change to any type the site reads. */
export function siteRevalidationWebhook({ siteUrl, secret, name }) {
  return revalidationWebhook({ siteUrl, secret, name, types: CONTENT_TYPES });
}

const capitalized = (word) => word[0].toUpperCase() + word.slice(1);

/** The webhook's fields as a hosted project's "Create webhook" form asks for them, one per line. */
export function webhookDefinitionText(siteUrl) {
  const hook = siteRevalidationWebhook({ siteUrl, secret: '' });
  const rows = [
    ['Name', hook.name],
    ['URL', hook.url],
    ['Dataset', "the site's NEXT_PUBLIC_SANITY_DATASET"],
    ['Trigger on', hook.on.map(capitalized).join(', ')],
    ['Filter', hook.filter],
    ['Projection', hook.projection],
    ['Status', 'enabled'],
    ['HTTP method', 'POST'],
    ['Drafts', 'off'],
    ['Secret', "the site's SANITY_REVALIDATE_SECRET"],
  ];
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  return rows.map(([label, value]) => `${`${label}:`.padEnd(width)}${value}`).join('\n');
}
