// The Studio side of the content rules. Each rule itself lives in @clinic/content/rules, where the site's zod
// contract uses it too; this file only adapts those rules to Sanity's validation API.
import {
  ALT_TEXT_MESSAGE,
  HTTPS_MESSAGE,
  PHONE_FORMAT_MESSAGE,
  altTextProblem,
  emailProblem,
  hasVisibleText,
  httpsUrlProblem,
  phoneProblem,
  SLUG_MAX_LENGTH,
  slugProblem,
  slugify,
  type RuleProblem,
} from '@clinic/content/rules';
import type {
  ArrayRule,
  CustomValidatorResult,
  ImageRule,
  SlugIsUniqueValidator,
  SlugRule,
  SlugSourceFn,
  StringRule,
  UrlRule,
  ValidationContext,
} from 'sanity';

import { locate, locatedMarkers } from './location.ts';

export { ALT_TEXT_MESSAGE, HTTPS_MESSAGE, PHONE_FORMAT_MESSAGE };

/** Sanity markers for rule problems, each at its own path inside the validated value. */
export function markers(problems: RuleProblem[]): CustomValidatorResult {
  if (problems.length === 0) return true;
  return problems.map((problem) => ({ message: problem.message, path: problem.path }));
}

const isEmpty = (value: unknown) => value === undefined || value === null || value === '';

/**
 * A Sanity custom validator for an optional value: empty passes, anything else must satisfy `problem`. Inside a
 * list item the message names the item (see location.ts).
 */
export function optional(problem: (value: unknown) => string | null) {
  return (value: unknown, context: ValidationContext): CustomValidatorResult => {
    const message = isEmpty(value) ? null : problem(value);
    return message === null ? true : locate(context, message);
  };
}

/** Phone numbers are stored in E.164 so every `tel:` link works; suggest the fix when the input is recognisable. */
export const checkPhone = optional(phoneProblem);

export function requiredPhone(rule: StringRule): StringRule[] {
  return [
    rule.required().error('A phone number is required so visitors can call the clinic'),
    rule.custom(checkPhone),
  ];
}

export function httpsUrl(rule: UrlRule): UrlRule {
  return rule.custom(optional(httpsUrlProblem));
}

export function email(rule: StringRule): StringRule {
  return rule.custom(optional(emailProblem));
}

/**
 * A required text field: set, and with visible text (a field holding only spaces or a zero-width character
 * renders as nothing on the site).
 */
export function requiredText(message: string) {
  // One custom rule, not `required().error(message)`: inside a list item the message must name the item.
  return (rule: StringRule): StringRule[] => [
    rule.custom((value: unknown, context) => (!isEmpty(value) && hasVisibleText(value) ? true : locate(context, message))),
  ];
}

/** For a length rule: no text yet, or text of at most `max` characters. */
export const atMost = (max: number) => (value: unknown) => typeof value !== 'string' || value.length <= max;

/** Items of a list of short texts (risks, conditions, services): each must have visible text. */
export function listOfTexts(message: string) {
  return (rule: ArrayRule<unknown[]>): ArrayRule<unknown[]> =>
    rule.custom((items: unknown, context) => {
      if (!Array.isArray(items)) return true;
      const blank = items.findIndex((item) => !hasVisibleText(item));
      return blank === -1 ? true : locatedMarkers([{ message, path: [blank] }], context);
    });
}

// A custom check rather than `required().error(…)`: a message set with `.error()` would also replace the slug
// type's built-in "Slug is already in use" message. The shape rule is the site's: a slug it cannot route is
// refused here, not discovered as a 404.
export function requiredSlug(rule: SlugRule): SlugRule {
  return rule.custom((slug: { current?: string } | undefined) => slugProblem(slug?.current) ?? true);
}

/**
 * Slug options for a document type: generated from `source` by the site's own slug function. `isUnique` replaces
 * Sanity's check of one slug per type (translated types pass one that checks per language).
 */
export function slugOptions(source: string | SlugSourceFn, isUnique?: SlugIsUniqueValidator) {
  return {
    source,
    maxLength: SLUG_MAX_LENGTH,
    slugify: (input: string) => slugify(input),
    ...(isUnique ? { isUnique } : {}),
  };
}

/** Alt text is only required once an image has actually been chosen. */
export function altTextRule(rule: StringRule): StringRule {
  return rule.custom((alt: string | undefined, context: ValidationContext) => {
    const image = context.parent as { asset?: unknown } | undefined;
    if (!image?.asset) return true;
    const problem = altTextProblem(alt);
    return problem === null ? true : locate(context, problem);
  });
}

/** A required image must have a file chosen; an empty image object left behind after removing the file fails too. */
export function requiredImage(message: string) {
  return (rule: ImageRule): ImageRule =>
    rule
      .custom((value) => (value?.asset ? true : message))
      .required()
      .error(message);
}

export function lengthBetween(value: unknown, min: number, max: number, what: string): CustomValidatorResult {
  if (typeof value !== 'string' || value.length === 0) return true;
  const length = value.trim().length;
  if (length < min) return `${what} is ${length} characters; write at least ${min}`;
  if (length > max) return `${what} is ${length} characters; keep it to ${max} or fewer`;
  return true;
}
