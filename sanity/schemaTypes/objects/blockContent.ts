// The article body: headings, lists, links, citations that point at the article's references, callouts,
// inline calls to action and images with alt text.
import {
  BLOCK_STYLES,
  DECORATORS,
  LIST_ITEMS,
  linkHrefProblem,
  textBlockProblems,
} from '@clinic/content/rules';
import { DocumentTextIcon } from '@sanity/icons/DocumentText';
import { ImageIcon } from '@sanity/icons/Image';
import { LinkIcon } from '@sanity/icons/Link';
import { StringIcon } from '@sanity/icons/String';
import { defineArrayMember, defineField, defineType, type ValidationContext } from 'sanity';
import { ReferenceKeyInput } from '../components/ReferenceKeyInput.tsx';
import { annotatedText, locate, locatedMarkers, quoted } from '../shared/location.ts';
import { IMAGE_OPTIONS } from '../shared/image.ts';
import { altTextRule } from '../shared/rules.ts';

// Links and citations are named by the words they are on, after the paragraph they are in: the validation panel's
// heading for them reads "Body / Text / Mark definitions / …", Sanity's titles for the parts of a text block.
const annotationNamed = (kind: string, context: ValidationContext) => {
  const text = quoted(annotatedText(context));
  return kind === 'link' ? `link ${text}`.trim() : `citation${text ? ` on ${text}` : ''}`;
};

function checkLinkHref(href: string | undefined, context: ValidationContext) {
  const problem = href === undefined || href === '' ? 'Enter where the link goes' : linkHrefProblem(href);
  return problem === null ? true : locate(context, problem, { detail: annotationNamed('link', context) });
}

function checkReferenceKey(referenceKey: string | undefined, context: ValidationContext) {
  const detail = annotationNamed('citation', context);
  if (!referenceKey) return locate(context, 'Choose the reference that supports this text', { detail });
  const listed = (context.document as { references?: unknown } | undefined)?.references;
  const references = Array.isArray(listed) ? (listed as { _key?: string }[]) : [];
  return references.some((reference) => reference._key === referenceKey)
    ? true
    : locate(
        context,
        "This citation points at a reference that is no longer in the article's References list; choose one from the list",
        { detail },
      );
}

export const blockContent = defineType({
  name: 'blockContent',
  title: 'Body',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      // Paragraphs, headings, quotes and list items alike: the panel names the kind in the message.
      title: 'Text',
      styles: BLOCK_STYLES.map((style) => ({ ...style })),
      lists: LIST_ITEMS.map((item) => ({ ...item })),
      validation: (rule) => rule.custom((block, context) => locatedMarkers(textBlockProblems(block), context)),
      marks: {
        decorators: DECORATORS.map((decorator) => ({ ...decorator })),
        annotations: [
          defineArrayMember({
            name: 'link',
            title: 'Link',
            type: 'object',
            icon: LinkIcon,
            fields: [
              defineField({
                name: 'href',
                title: 'Link address',
                // A string, not Sanity's url type, whose built-in check refuses site paths such as "/contact".
                type: 'string',
                // Only the shared rule: Sanity's own uri check reads schemes case-sensitively and allows
                // protocol-relative links, so it would disagree with what the site renders.
                validation: (rule) => rule.custom(checkLinkHref),
              }),
            ],
          }),
          defineArrayMember({
            name: 'internalLink',
            title: 'Link to an article',
            type: 'object',
            icon: DocumentTextIcon,
            fields: [
              defineField({
                name: 'reference',
                title: 'Article',
                type: 'reference',
                to: [{ type: 'article' }],
                description:
                  'The article to link to, in the language it is written in. The link follows the article when its URL slug changes.',
                validation: (rule) =>
                  rule.custom((value: { _ref?: string } | undefined, context) =>
                    value?._ref
                      ? true
                      : locate(context, 'Choose the article this link goes to', {
                          detail: annotationNamed('link', context),
                        }),
                  ),
              }),
            ],
          }),
          defineArrayMember({
            name: 'citation',
            title: 'Citation',
            type: 'object',
            icon: StringIcon,
            // The Studio drops an annotation that is still empty when its dialog closes; a citation starts with
            // an empty reference instead, so closing the dialog without a choice keeps the mark and the
            // Validation panel asks for the reference (checkReferenceKey).
            initialValue: { referenceKey: '' },
            fields: [
              defineField({
                name: 'referenceKey',
                title: 'Reference',
                type: 'string',
                description:
                  "The study or guideline, from this article's References list, that supports the marked text.",
                components: { input: ReferenceKeyInput },
                validation: (rule) => rule.custom(checkReferenceKey),
              }),
            ],
          }),
        ],
      },
    }),
    defineArrayMember({ type: 'callout' }),
    defineArrayMember({ type: 'ctaBlock' }),
    defineArrayMember({
      type: 'image',
      icon: ImageIcon,
      options: IMAGE_OPTIONS,
      fields: [
        defineField({ name: 'alt', title: 'Alt text', type: 'string', validation: altTextRule }),
        defineField({ name: 'caption', title: 'Caption', type: 'string' }),
      ],
    }),
  ],
});
