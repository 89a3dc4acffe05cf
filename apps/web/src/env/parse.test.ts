/** @jest-environment node */
import { describe, expect, it } from '@jest/globals';
import { z } from 'zod';
import { parseEnv } from './parse.ts';

const schema = z.object({
  SITE_URL: z.url().default('http://localhost:3000'),
  PORT: z.coerce.number().int().optional(),
});

describe('parseEnv', () => {
  it('applies defaults and treats empty values as unset', () => {
    expect(parseEnv(schema, { SITE_URL: '  ', PORT: '' }, 'test')).toEqual({ SITE_URL: 'http://localhost:3000' });
  });

  it('names every malformed variable in one message', () => {
    expect(() => parseEnv(schema, { SITE_URL: 'not a url', PORT: 'eighty' }, 'public')).toThrow(
      /Invalid public environment variables:\n {2}- SITE_URL: .+\n {2}- PORT: .+/,
    );
  });
});
