// The rules for an article's address history: its slug must not be another article's old address, its previous
// slugs must not be anyone's address, and moving a published article to a new slug is flagged before it is
// published (the old address then redirects; see actions/publishWithSlugHistory.tsx). Addresses are per language,
// as slugs are unique per language (shared/translation.ts): only articles in the same language can clash, and the
// site redirects an old address only to an article in its own language.
import { DEFAULT_LANGUAGE } from '@clinic/content/languages';
import { previousSlugsProblems } from '@clinic/content/rules';
import { getPublishedId, type CustomValidatorResult, type ValidationContext } from 'sanity';
import { markers } from '../shared/rules.ts';
import { documentLanguage } from '../shared/translation.ts';
import { SANITY_API_VERSION } from '@clinic/content/api-version';

type OtherArticle = { _id: string; title?: string | null; slug?: string | null; previousSlugs?: unknown };

// Every other article (any version) in $language whose current or previous slug is one of $slugs.
const OTHER_ARTICLES_USING = /* groq */ `*[_type == "article" && !(_id in [$id, "drafts." + $id]) && !(_id in path("versions.*." + $id))
  && coalesce(language, $defaultLanguage) == $language
  && (slug.current in $slugs || count(previousSlugs[@ in $slugs]) > 0)]{_id, title, "slug": slug.current, previousSlugs}`;

async function otherArticlesUsing(slugs: string[], context: ValidationContext): Promise<OtherArticle[]> {
  const id = context.document?._id;
  if (!id || slugs.length === 0) return [];
  return context.getClient({ apiVersion: SANITY_API_VERSION }).fetch<OtherArticle[]>(OTHER_ARTICLES_USING, {
    id: getPublishedId(id),
    slugs,
    language: documentLanguage(context.document),
    defaultLanguage: DEFAULT_LANGUAGE,
  });
}

const titleOf = (article: OtherArticle) => `“${article.title?.trim() || 'Untitled article'}”`;
const isListedIn = (slug: string, list: unknown) => Array.isArray(list) && list.includes(slug);

/** Error when the slug is a previous slug of another article in the same language: that old address already
 * redirects elsewhere. */
export async function checkSlugNotRedirected(
  slug: { current?: string } | undefined,
  context: ValidationContext,
): Promise<CustomValidatorResult> {
  const current = slug?.current;
  if (!current) return true;
  const owner = (await otherArticlesUsing([current], context)).find((other) =>
    isListedIn(current, other.previousSlugs),
  );
  if (!owner) return true;
  return `"${current}" is a previous address of ${titleOf(owner)} and redirects there; choose another slug, or first remove it from that article's previous slugs`;
}

/**
 * Warning (a document-level rule, shown at the slug) while the slug differs from the published one: publishing
 * moves the article, and the old address will redirect to the new one. Document-level because a second rule on
 * the slug field would repeat the slug type's own "already in use" check.
 */
export async function checkPublishedSlugChange(
  document: { _id?: string; slug?: { current?: string } } | undefined,
  context: ValidationContext,
): Promise<CustomValidatorResult> {
  const id = document?._id;
  const current = document?.slug?.current;
  if (!id || !current || getPublishedId(id) === id) return true;
  const published = await context
    .getClient({ apiVersion: SANITY_API_VERSION })
    .fetch<string | null>('*[_id == $id][0].slug.current', { id: getPublishedId(id) });
  if (!published || published === current) return true;
  return {
    message: `This article is published at the URL slug "${published}". Publishing moves it to "${current}"; the old address will redirect there and is kept under "Previous URL slugs"`,
    path: ['slug'],
  };
}

/**
 * Errors on previous slugs, each at its place in the list: not a slug, the article's own current slug (a loop),
 * listed twice, or used by another article in the same language as its current or previous slug (an old address
 * can lead to one article only). An article in another language may use the same slug: its address differs.
 */
export async function checkPreviousSlugs(
  value: unknown,
  context: ValidationContext,
): Promise<CustomValidatorResult> {
  if (!Array.isArray(value) || value.length === 0) return true;
  const current = (context.document as { slug?: { current?: string } } | undefined)?.slug?.current;
  const problems = previousSlugsProblems(current, value);
  const slugs = value.filter((slug): slug is string => typeof slug === 'string');
  const others = await otherArticlesUsing(slugs, context);
  value.forEach((slug, index) => {
    if (typeof slug !== 'string' || problems.some((problem) => problem.path[0] === index)) return;
    const live = others.find((other) => other.slug === slug);
    const old = others.find((other) => isListedIn(slug, other.previousSlugs));
    if (live) {
      problems.push({
        path: [index],
        message: `"${slug}" is the current address of ${titleOf(live)}; it cannot also redirect here, remove it`,
      });
    } else if (old) {
      problems.push({
        path: [index],
        message: `"${slug}" is also a previous address of ${titleOf(old)}; an old address can lead to one article only, remove it here or there`,
      });
    }
  });
  return markers(problems);
}
