// Turns a rule (null or a message) into a zod check, so a value the site drops is reported with the same words
// the Studio shows the editor.
import type { z } from 'zod';

/** A zod check for `rule`: passes when the rule returns null, else adds an issue with the rule's message. */
export function ruleIssue<T>(rule: (value: T) => string | null) {
  return (value: T, ctx: z.core.$RefinementCtx<T>) => {
    const message = rule(value);
    if (message !== null) ctx.addIssue({ code: 'custom', message });
  };
}
