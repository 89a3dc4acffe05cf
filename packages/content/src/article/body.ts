// The Portable Text body of an article, checked block by block. An unknown or malformed block is left out of the
// body (and reported); a link whose href is not allowed loses its link but keeps its text.
import { z } from 'zod';
import { imageFields, sanityImageSchema } from '../image/image.ts';
import { linkHrefProblem } from '../rules/contact.ts';
import { BLOCK_STYLE_VALUES, DECORATOR_VALUES, LIST_ITEM_VALUES, blockText } from '../rules/portable-text.ts';
import { hasVisibleText } from '../rules/text.ts';
import { ruleIssue } from '../rules/zod.ts';
import { DEFAULT_LANGUAGE, SITE_LANGUAGE_CODES } from '../language/language.ts';
import { articlePath } from '../language/routes.ts';
import { safeHref } from '../urls.ts';
import { droppable, lenientArray } from '../validation/droppable.ts';
import { optionalText, requiredText } from '../validation/fields.ts';

// Portable Text body: images get their dimensions like any other image; an internal link gets the current slug
// and language of the article it picks (null when that article is not published or has no slug); everything else
// is kept as stored and checked block by block by the schema.
export const articleBodyField = /* groq */ `
  body[]{
    ...,
    _type == "block" => {
      "markDefs": markDefs[]{
        ...,
        _type == "internalLink" => {
          "article": reference->{"slug": slug.current, "language": coalesce(language, "${DEFAULT_LANGUAGE}")}
        }
      }
    },
    _type == "image" => {${imageFields}, caption}
  }
`;

/** The decorator marks a span may carry ("strong", "em"), as the Studio's editor offers them. */
export const DECORATORS = DECORATOR_VALUES;

const spanSchema = z.object({
  _type: z.literal('span'),
  _key: requiredText,
  text: z
    .string()
    .nullish()
    .transform((text) => text ?? ''),
  marks: z
    .array(z.string())
    .nullish()
    .transform((marks) => marks ?? []),
});

const linkMarkSchema = z.object({
  _type: z.literal('link'),
  _key: requiredText,
  // linkHrefProblem accepts only what safeHref turns into a link, so the transform always has a value.
  href: z
    .string()
    .superRefine(ruleIssue(linkHrefProblem))
    .transform((href) => safeHref(href) as string),
});

/**
 * A link to another article, picked by reference in the Studio: rendered at that article's current address in its
 * language, so it never rides a redirect after a slug change. A link whose article is unpublished, has no slug or
 * is in a language the site does not publish loses its link and keeps its text.
 */
const internalLinkMarkSchema = z
  .object({
    _type: z.literal('internalLink'),
    _key: requiredText,
    article: z.object({ slug: requiredText, language: z.enum(SITE_LANGUAGE_CODES) }),
  })
  .transform(({ _type, _key, article }) => ({
    _type,
    _key,
    href: articlePath(article.language, article.slug),
  }));

const citationMarkSchema = z.object({
  _type: z.literal('citation'),
  _key: requiredText,
  referenceKey: requiredText,
});

const markDefSchema = z.discriminatedUnion('_type', [
  linkMarkSchema,
  internalLinkMarkSchema,
  citationMarkSchema,
]);

const textBlockSchema = z
  .object({
    _type: z.literal('block'),
    _key: requiredText,
    style: droppable(
      z
        .enum(BLOCK_STYLE_VALUES)
        .nullish()
        .transform((style) => style ?? 'normal'),
      null,
    ),
    listItem: droppable(
      z
        .enum(LIST_ITEM_VALUES)
        .nullish()
        .transform((item) => item ?? undefined),
      null,
    ),
    level: droppable(
      z
        .number()
        .int()
        .min(1)
        .nullish()
        .transform((level) => level ?? undefined),
      null,
    ),
    children: lenientArray(spanSchema),
    markDefs: lenientArray(markDefSchema),
  })
  // An empty heading or list item renders as <h2></h2> or <li></li>, a blank stop for screen readers.
  .superRefine((block, ctx) => {
    if (!hasVisibleText(blockText(block)))
      ctx.addIssue({ code: 'custom', message: 'the block has no visible text' });
  })
  .transform((block) => {
    // A span may still name a mark whose definition was dropped above; the text stays, the dangling mark goes.
    const known = new Set<string>([...DECORATORS, ...block.markDefs.map((def) => def._key)]);
    return {
      ...block,
      children: block.children.map((span) => ({
        ...span,
        marks: span.marks.filter((mark) => known.has(mark)),
      })),
    };
  });

const calloutSchema = z.object({
  _type: z.literal('callout'),
  _key: requiredText,
  tone: z.enum(['info', 'warning', 'crisis']),
  text: requiredText,
});

const ctaBlockSchema = z.object({
  _type: z.literal('ctaBlock'),
  _key: requiredText,
  heading: requiredText,
  text: optionalText(),
  action: z.enum(['call', 'book', 'directions']),
});

const bodyImageSchema = sanityImageSchema.extend({
  _type: z.literal('image'),
  _key: requiredText,
  caption: optionalText(),
});

export const bodyBlockSchema = z.discriminatedUnion('_type', [
  textBlockSchema,
  calloutSchema,
  ctaBlockSchema,
  bodyImageSchema,
]);

export const articleBodySchema = lenientArray(bodyBlockSchema);

type ValidatedBlock = z.output<typeof bodyBlockSchema>;
type ValidatedTextBlock = z.output<typeof textBlockSchema>;

export type ArticleLinkMark = z.output<typeof linkMarkSchema>;
/** An internal link with the address of the article it points at (a path on this site). */
export type ArticleInternalLinkMark = z.output<typeof internalLinkMarkSchema>;
/** A citation mark, numbered like the reference it points at in the article's reference list (1-based). */
export type ArticleCitationMark = z.output<typeof citationMarkSchema> & { referenceNumber: number };
export type ArticleTextBlock = Omit<ValidatedTextBlock, 'markDefs'> & {
  markDefs: Array<ArticleLinkMark | ArticleInternalLinkMark | ArticleCitationMark>;
};
export type ArticleCallout = z.output<typeof calloutSchema>;
export type ArticleCtaBlock = z.output<typeof ctaBlockSchema>;
export type ArticleBodyImage = z.output<typeof bodyImageSchema>;
export type ArticleBodyBlock = ArticleTextBlock | ArticleCallout | ArticleCtaBlock | ArticleBodyImage;
/** The body as components receive it (a Portable Text value). */
export type PortableTextBlock = ArticleBodyBlock;

/**
 * Ties citation marks to the article's validated references. A mark pointing at a reference that does not exist
 * (or was dropped as invalid) keeps its text and loses the mark; the others get their reference's number.
 */
export function linkCitations(
  body: ValidatedBlock[],
  referenceKeys: readonly string[],
  onDangling: (path: string, referenceKey: string) => void,
): ArticleBodyBlock[] {
  return body.map((block, blockIndex): ArticleBodyBlock => {
    if (block._type !== 'block') return block;
    const dangling = new Set<string>();
    const markDefs = block.markDefs.flatMap(
      (def, defIndex): Array<ArticleLinkMark | ArticleInternalLinkMark | ArticleCitationMark> => {
        if (def._type !== 'citation') return [def];
        const index = referenceKeys.indexOf(def.referenceKey);
        if (index >= 0) return [{ ...def, referenceNumber: index + 1 }];
        dangling.add(def._key);
        onDangling(`body[${blockIndex}].markDefs[${defIndex}]`, def.referenceKey);
        return [];
      },
    );
    const children = block.children.map((span) => ({
      ...span,
      marks: span.marks.filter((mark) => !dangling.has(mark)),
    }));
    return { ...block, markDefs, children };
  });
}
