// The site's contract run over every published document at once, for the Studio's "Site check" view: whatever
// the site would leave out (a whole document, or one part of it) comes back as a list instead of a server log.
import { defineQuery } from 'groq';
import { fetchArticleBySlug } from '../article/article.ts';
import { fetchBenefits } from '../benefit/benefit.ts';
import { fetchClinics } from '../clinic/clinic.ts';
import type { ContentFetcher } from '../fetcher.ts';
import { isSiteLanguage, languageOf, SITE_LANGUAGE_CODES, siteLanguages } from '../language/language.ts';
import { setContentLogger, type DroppedContent } from '../logger.ts';
import { slugProblem } from '../rules/slug.ts';
import { fetchSiteSettings } from '../settings/settings.ts';

/** Every published article, also those the site cannot route to, with the slug as stored and its language. */
export const siteCheckArticlesQuery = defineQuery(
  `*[_type == "article"] | order(_id asc){_id, "slug": slug.current, "language": ${languageOf}}`,
);

/**
 * Reads every page the site builds from published content, in every site language (each article's page, the
 * benefits, the clinics, the site settings) through `fetcher` and returns what the site's contract drops, one entry per document and field,
 * in the order found. An article whose slug the site cannot route to is reported at `slug`. An empty list means
 * the site shows every published document whole. A document left out whole is named once, at its own field, not
 * again as a part of the pages that embed it. Reports go to the returned list only, not to the content logger
 * (which is set back to its console default afterwards).
 */
export async function checkPublishedContent(fetcher: ContentFetcher): Promise<DroppedContent[]> {
  const findings = new Map<string, DroppedContent>();
  // A clinic shown on every article page is one finding, not one per page; lists come first so the path is the
  // field in the document itself ("website"), not where an article page shows it ("clinic.website").
  const record = (event: DroppedContent) => {
    const key = `${event.id}\u0000${event.message}`;
    if (!findings.has(key)) findings.set(key, { ...event, path: event.path.replace(/^\[\d+\]\.?/, '') });
  };
  setContentLogger(record);
  try {
    for (const { code } of siteLanguages) {
      await fetchBenefits(fetcher, code);
      await fetchSiteSettings(fetcher, code);
    }
    await fetchClinics(fetcher);
    const articles = await fetcher<Array<{ _id: string; slug: unknown; language: unknown }>>({
      query: siteCheckArticlesQuery,
      tags: ['article'],
      label: 'site-check-articles',
    });
    for (const article of articles ?? []) {
      const problem = slugProblem(article.slug);
      if (problem !== null) {
        record({ type: 'article', id: article._id, path: 'slug', message: problem, dropped: 'document' });
        continue;
      }
      if (!isSiteLanguage(article.language)) {
        const message = `language ${JSON.stringify(article.language)} is not a site language (${SITE_LANGUAGE_CODES.join(', ')})`;
        record({ type: 'article', id: article._id, path: 'language', message, dropped: 'document' });
        continue;
      }
      await fetchArticleBySlug(fetcher, article.slug as string, article.language);
    }
  } finally {
    setContentLogger(null);
  }
  // A document the site leaves out whole is one finding: the parts of other pages that embed it (a translation's
  // language link, say) fail for the same reason and would only repeat it under the same document.
  const droppedWhole = new Set(
    [...findings.values()].filter((f) => f.dropped === 'document').map((f) => f.id),
  );
  return [...findings.values()].filter((f) => f.dropped === 'document' || !droppedWhole.has(f.id));
}
