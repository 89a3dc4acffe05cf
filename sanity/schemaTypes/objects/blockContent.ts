// The article body: headings, lists, links, citations that point at the article's references, callouts,
// inline calls to action and images with alt text.
import {
  BLOCK_STYLES,
  DECORATORS,
  LIST_ITEMS,
  linkHrefProblem,
  textBlockProblems,
} from '@clinic/content/rules';
import { ImageIcon } from '@sanity/icons/Image';
import { LinkIcon } from '@sanity/icons/Link';
import { StringIcon } from '@sanity/icons/String';
import { defineArrayMember, defineField, defineType, type ValidationContext } from 'sanity';
import { ReferenceKeyInput } from '../components/ReferenceKeyInput.tsx';
import { altTextRule, markers } from '../shared/rules.ts';


function checkReferenceKey(referenceKey: string | undefined, context: ValidationContext) {
  if (!referenceKey) return true;
  const listed = (context.document as { references?: unknown } | undefined)?.references;
  const references = Array.isArray(listed) ? (listed as { _key?: string }[]) : [];
  return references.some((reference) => reference._key === referenceKey)
    ? true
    : "This citation points at a reference that is no longer in the article's References list; choose one from the list";
}

export const blockContent = defineType({
  name: 'blockContent',
  title: 'Body',
  type: 'array',
  of: [
    defineArrayMember({
      type: 'block',
      styles: BLOCK_STYLES.map((style) => ({ ...style })),
      lists: LIST_ITEMS.map((item) => ({ ...item })),
      validation: (rule) => rule.custom((block) => markers(textBlockProblems(block))),
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
                title: 'Link',
                // A string, not Sanity's url type, whose built-in check refuses site paths such as "/contact".
                type: 'string',
                // Only the shared rule: Sanity's own uri check reads schemes case-sensitively and allows
                // protocol-relative links, so it would disagree with what the site renders.
                validation: (rule) => [
                  rule.required().error('Enter where the link goes'),
                  rule.custom((href) => (href === undefined ? true : (linkHrefProblem(href) ?? true))),
                ],
              }),
            ],
          }),
          defineArrayMember({
            name: 'citation',
            title: 'Citation',
            type: 'object',
            icon: StringIcon,
            fields: [
              defineField({
                name: 'referenceKey',
                title: 'Reference',
                type: 'string',
                description:
                  "The study or guideline, from this article's References list, that supports the marked text.",
                components: { input: ReferenceKeyInput },
                validation: (rule) => [
                  rule.required().error('Choose the reference that supports this text'),
                  rule.custom(checkReferenceKey),
                ],
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
      options: { hotspot: true },
      fields: [
        defineField({ name: 'alt', title: 'Alt text', type: 'string', validation: altTextRule }),
        defineField({ name: 'caption', title: 'Caption', type: 'string' }),
      ],
    }),
  ],
});
