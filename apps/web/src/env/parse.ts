import type { z } from 'zod';

/**
 * Parses a set of environment variables once and fails with one readable message naming every bad variable,
 * instead of letting a page crash later on `undefined`. Empty strings count as unset: `.env` files and CI
 * systems often export `FOO=` for "not configured".
 */
export function parseEnv<Schema extends z.ZodType>(
  schema: Schema,
  source: Record<string, string | undefined>,
  label: string,
): z.output<Schema> {
  const cleaned = Object.fromEntries(
    Object.entries(source).map(([key, value]) => [key, value === undefined || value.trim() === '' ? undefined : value.trim()]),
  );
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(`Invalid ${label} environment variables:\n${lines.join('\n')}\nSee apps/web/README.md for what each one means.`);
  }
  return result.data;
}
