// The rules that decide whether the site can show a published value, each defined once. A rule is a small
// function returning null when the value is fine, or a message for clinic staff saying how to fix it. The Studio's
// validation and the site's zod contract both call these, so what the Studio accepts is what the site shows.
export * from './contact.ts';
export * from './date.ts';
export * from './doi.ts';
export * from './portable-text.ts';
export * from './slug.ts';
export * from './slug-history.ts';
export * from './text.ts';
export * from './key-points.ts';
export { ruleIssue } from './zod.ts';
export * from './review-cycle.ts';
