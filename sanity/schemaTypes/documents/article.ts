// A health article. It cannot be published without a medical reviewer to ask and references. Its review is not a
// field: it is the reviewer's approval of its clinical content (a `medicalApproval` record), in every language.
import { DocumentTextIcon } from '@sanity/icons/DocumentText';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { ReviewQueueArticleInput } from '../../form/ReviewQueueArticleInput.tsx';
import { SlugFromTitleInput } from '../../form/SlugFromTitleInput.tsx';
import { imageWithAltField } from '../shared/image.ts';
import {
  bodyItemProblems,
  KEY_POINTS_MAX,
  KEY_POINTS_MIN,
  KEY_POINT_MAX_LENGTH,
} from '@clinic/content/rules';
import { locatedMarkers } from '../shared/location.ts';
import { lengthBetween, listOfTexts, requiredSlug, requiredText, slugOptions } from '../shared/rules.ts';
import { REVIEW_GROUP } from '../../structure/reviewQueue.ts';
import { TOPICS } from '../shared/topics.ts';
import {
  EXCLUDE_FROM_NEW_TRANSLATIONS,
  isUniqueInLanguage,
  languageField,
} from '../shared/translation.ts';
import { checkTranslationKeepsAnnotations } from '../shared/translationMarks.ts';
import { checkCrisisNotice, checkReviewerCredentials } from './articleReview.ts';
import { checkReleaseVersionReviewed } from './releaseReview.ts';
import { checkPreviousSlugs, checkPublishedSlugChange, checkSlugNotRedirected } from './articleSlugHistory.ts';

export const article = defineType({
  name: 'article',
  title: 'Article',
  type: 'document',
  icon: DocumentTextIcon,
  // Opened from the "Due for medical review" list, the form starts on the Medical review group.
  components: { input: ReviewQueueArticleInput },
  groups: [
    { name: 'content', title: 'Content', default: true },
    { name: REVIEW_GROUP, title: 'Medical review' },
    { name: 'translation', title: 'Translation' },
    { name: 'seo', title: 'SEO' },
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      group: 'content',
      validation: (rule) => [
        ...requiredText('Enter a title')(rule),
        rule.max(110).error('Keep the title to 110 characters or fewer'),
      ],
    }),
    defineField({
      name: 'slug',
      title: 'URL slug',
      type: 'slug',
      group: 'content',
      options: slugOptions('title', isUniqueInLanguage),
      description:
        'Filled from the title until you set it. Changing it on a published article moves the page; the old address redirects.',
      components: { input: SlugFromTitleInput },
      // One rule: each further rule on a slug field would repeat the slug type's "already in use" check.
      validation: (rule) => requiredSlug(rule).custom(checkSlugNotRedirected),
    }),
    defineField({
      name: 'previousSlugs',
      title: 'Previous URL slugs',
      type: 'array',
      group: 'content',
      of: [defineArrayMember({ type: 'string', title: 'Previous URL slug' })],
      description:
        'Earlier addresses of this article. Each one sends visitors, bookmarks and search engines to the current URL slug. Added when the article is published with a new slug; remove one only if that address should stop working.',
      // A translation has addresses of its own: the English ones never existed in its language.
      options: EXCLUDE_FROM_NEW_TRANSLATIONS,
      // Shown once there is something to show: the list is kept by publishing, not typed.
      hidden: ({ value }) => !Array.isArray(value) || value.length === 0,
      validation: (rule) => rule.custom(checkPreviousSlugs),
    }),
    defineField({
      name: 'excerpt',
      title: 'Excerpt',
      type: 'text',
      rows: 3,
      group: 'content',
      description: 'One or two sentences shown in lists and search results (50–200 characters).',
      validation: (rule) => [
        ...requiredText('Write a short excerpt (50–200 characters)')(rule),
        rule.custom((value) => lengthBetween(value, 50, 200, 'The excerpt')),
      ],
    }),
    defineField({
      name: 'keyPoints',
      title: 'Key points',
      type: 'array',
      group: 'content',
      of: [defineArrayMember({ type: 'string', title: 'Key point' })],
      description: `The article in ${KEY_POINTS_MIN}–${KEY_POINTS_MAX} short sentences, shown at the top of the page. Say no more than the body does.`,
      validation: (rule) => [
        rule
          .required()
          .min(KEY_POINTS_MIN)
          .max(KEY_POINTS_MAX)
          .error(`Write ${KEY_POINTS_MIN} to ${KEY_POINTS_MAX} key points`),
        listOfTexts('Write the key point on this line or delete the empty line')(rule),
        rule.custom((points: unknown, context) => {
          if (!Array.isArray(points)) return true;
          const long = points.findIndex(
            (point) => typeof point === 'string' && point.trim().length > KEY_POINT_MAX_LENGTH,
          );
          return long === -1
            ? true
            : locatedMarkers(
                [{ message: `Keep it to ${KEY_POINT_MAX_LENGTH} characters or fewer`, path: [long] }],
                context,
              );
        }),
      ],
    }),
    imageWithAltField({
      name: 'heroImage',
      title: 'Hero image',
      group: 'content',
      requiredMessage: 'Add a hero image with alt text',
    }),
    defineField({
      name: 'topic',
      title: 'Topic',
      type: 'string',
      group: 'content',
      options: { list: TOPICS },
      validation: (rule) => rule.required().error('Choose the topic this article belongs to'),
    }),
    defineField({
      name: 'conditions',
      title: 'Conditions',
      type: 'array',
      group: 'content',
      of: [defineArrayMember({ type: 'string', title: 'Condition' })],
      options: { layout: 'tags' },
      validation: listOfTexts('Remove the empty condition'),
    }),
    defineField({
      name: 'body',
      title: 'Body',
      type: 'blockContent',
      group: 'content',
      // Set here, not on the blockContent type: a field's validation replaces its type's.
      validation: (rule) => [
        rule.required().min(1).error('Write the article body'),
        rule.custom((body, context) => locatedMarkers(bodyItemProblems(body), context)),
        rule.custom(checkTranslationKeepsAnnotations).warning(),
      ],
    }),
    defineField({
      name: 'author',
      title: 'Author',
      type: 'reference',
      group: 'content',
      to: [{ type: 'person' }],
      validation: (rule) => rule.required().error('Choose the author'),
    }),
    defineField({
      name: 'medicalReviewer',
      title: 'Medical reviewer',
      type: 'reference',
      group: REVIEW_GROUP,
      to: [{ type: 'person' }],
      description:
        'The clinician asked to review this article. The review itself is their approval in the Studio; the site says "Medically reviewed" only of the exact text they approved.',
      validation: (rule) => [
        rule.required().error('Choose the medical reviewer; an article cannot be published without one'),
        rule.custom(checkReviewerCredentials),
      ],
    }),
    defineField({
      name: 'publishedAt',
      title: 'Published at',
      type: 'datetime',
      group: REVIEW_GROUP,
      initialValue: () => new Date().toISOString(),
      validation: (rule) => rule.required().error('Enter the publication date'),
    }),
    defineField({
      name: 'references',
      title: 'References',
      type: 'array',
      group: REVIEW_GROUP,
      of: [defineArrayMember({ type: 'citation' })],
      description: 'Studies, guidelines and labels behind the article. Citations in the body point at these.',
      validation: (rule) => rule.required().min(1).error('Add at least one reference'),
    }),
    defineField({
      name: 'risks',
      title: 'Risks and contraindications',
      type: 'array',
      group: REVIEW_GROUP,
      of: [defineArrayMember({ type: 'string', title: 'Risk' })],
      description: 'One risk, side effect or reason not to have ketamine per line.',
      validation: (rule) => [
        rule.required().min(1).error('List at least one risk or contraindication'),
        listOfTexts('Write the risk on this line or delete the empty line')(rule),
      ],
    }),
    defineField({
      name: 'showCrisisNotice',
      title: 'Show the crisis notice',
      type: 'boolean',
      group: REVIEW_GROUP,
      description: 'Shows the 988 / 911 notice. Required on mental-health topics.',
      initialValue: false,
      validation: (rule) => rule.custom(checkCrisisNotice),
    }),
    defineField({
      name: 'featured',
      title: 'Featured on the home page',
      type: 'boolean',
      group: 'content',
      initialValue: false,
    }),
    defineField({ name: 'seo', title: 'Search engine listing', type: 'seo', group: 'seo' }),
    languageField({ group: 'translation' }),
  ],
  validation: (rule) => [
    // Before a published article moves to a new slug (shown at the slug field).
    rule.custom(checkPublishedSlugChange).warning(),
    // A release publishes without the publish action's medical-review gate, so its versions are held to it here.
    rule.custom(checkReleaseVersionReviewed),
  ],
  orderings: [
    {
      title: 'Published, newest first',
      name: 'publishedAtDesc',
      by: [{ field: 'publishedAt', direction: 'desc' }],
    },
  ],
  preview: {
    select: {
      title: 'title',
      reviewer: 'medicalReviewer.name',
      media: 'heroImage',
    },
    // The review's state and date come from the approvals (the "Due for review" badge and list), not the preview.
    prepare: ({ title, reviewer, media }: Record<string, unknown>) => ({
      title: typeof title === 'string' ? title : 'Untitled article',
      subtitle: typeof reviewer === 'string' ? `Medical reviewer: ${reviewer}` : 'No medical reviewer',
      media: media as never,
    }),
  },
});
