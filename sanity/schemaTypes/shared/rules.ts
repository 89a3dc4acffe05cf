// Validation rules shared by several schema types, with messages written for clinic staff, not developers.
import { isValidE164, parsePhoneToE164 } from '@clinic/content/phone';
import type {
  CustomValidatorResult,
  ImageRule,
  SlugRule,
  StringRule,
  UrlRule,
  ValidationContext,
} from 'sanity';

export const PHONE_FORMAT_MESSAGE = 'Enter the number in international format, e.g. +19169159215';
export const HTTPS_MESSAGE =
  'Use a secure link that starts with https://, e.g. https://www.propeltherapeutics.com/';
export const ALT_TEXT_MESSAGE =
  'Describe the image for people who cannot see it (alt text), e.g. "Nurse checking a patient\'s blood pressure"';

/** Phone numbers are stored in E.164 so every `tel:` link works; suggest the fix when the input is recognisable. */
export function checkPhone(value: unknown): CustomValidatorResult {
  if (value === undefined || value === null || value === '') return true;
  if (isValidE164(value)) return true;
  const suggestion = typeof value === 'string' ? parsePhoneToE164(value, 'US') : null;
  return suggestion ? `${PHONE_FORMAT_MESSAGE} (did you mean ${suggestion}?)` : PHONE_FORMAT_MESSAGE;
}

export function requiredPhone(rule: StringRule): StringRule[] {
  return [
    rule.required().error('A phone number is required so visitors can call the clinic'),
    rule.custom(checkPhone),
  ];
}

export function httpsUrl(rule: UrlRule): UrlRule {
  return rule.uri({ scheme: ['https'] }).error(HTTPS_MESSAGE);
}

// A custom check rather than `required().error(…)`: a message set with `.error()` would also replace the slug
// type's built-in "Slug is already in use" message.
export function requiredSlug(rule: SlugRule): SlugRule {
  return rule.custom((slug: { current?: string } | undefined) =>
    slug?.current?.trim() ? true : 'Generate a URL slug (click "Generate") so the page has an address',
  );
}

/** Alt text is only required once an image has actually been chosen. */
export function altTextRule(rule: StringRule): StringRule {
  return rule.custom((alt: string | undefined, context: ValidationContext) => {
    const image = context.parent as { asset?: unknown } | undefined;
    if (!image?.asset) return true;
    return alt && alt.trim().length >= 3 ? true : ALT_TEXT_MESSAGE;
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
