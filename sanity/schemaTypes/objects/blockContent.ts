// The article body: headings, lists, links, citations that point at the article's references, callouts,
// inline calls to action and images with alt text.
import { isValidE164 } from '@clinic/content/phone';
import { ImageIcon } from '@sanity/icons/Image';
import { LinkIcon } from '@sanity/icons/Link';
import { StringIcon } from '@sanity/icons/String';
import { defineArrayMember, defineField, defineType, type ValidationContext } from 'sanity';
import { ReferenceKeyInput } from '../components/ReferenceKeyInput.tsx';
import { altTextRule } from '../shared/rules.ts';

const LINK_MESSAGE = 'Use a full https:// link, a page on this site starting with "/", mailto: or tel:';

function checkHref(href: string | undefined) {
  if (!href) return true;
  if (href.startsWith('tel:')) {
    return isValidE164(href.slice(4))
      ? true
      : 'A tel: link needs the number in international format, e.g. tel:+19169159215';
  }
  if (href.startsWith('http://')) return 'Use the secure https:// version of the link';
  return true;
}

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
      styles: [
        { title: 'Normal', value: 'normal' },
        { title: 'Heading', value: 'h2' },
        { title: 'Subheading', value: 'h3' },
        { title: 'Quote', value: 'blockquote' },
      ],
      lists: [
        { title: 'Bullets', value: 'bullet' },
        { title: 'Numbered', value: 'number' },
      ],
      marks: {
        decorators: [
          { title: 'Strong', value: 'strong' },
          { title: 'Emphasis', value: 'em' },
        ],
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
                type: 'url',
                validation: (rule) => [
                  rule.required().error('Enter where the link goes'),
                  rule
                    .uri({ scheme: ['http', 'https', 'mailto', 'tel'], allowRelative: true })
                    .error(LINK_MESSAGE),
                  rule.custom(checkHref),
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
