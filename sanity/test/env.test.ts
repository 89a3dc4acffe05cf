// The Studio picks its backend from environment variables alone.
import { describe, expect, it } from '@jest/globals';
import { DEFAULT_LAKE_URL, resolveBackend } from '../env.ts';

describe('resolveBackend', () => {
  it('uses the local lake when no project id is set', () => {
    expect(resolveBackend({})).toEqual({
      kind: 'local',
      projectId: 'local',
      dataset: 'production',
      apiHost: DEFAULT_LAKE_URL,
    });
  });

  it('treats a blank project id as unset and honours a custom lake URL', () => {
    expect(
      resolveBackend({ SANITY_STUDIO_PROJECT_ID: '  ', SANITY_STUDIO_LAKE_URL: 'https://localhost:4443/' }),
    ).toMatchObject({
      kind: 'local',
      apiHost: 'https://localhost:4443',
    });
  });

  it('uses a hosted project when a project id is set, with production as the default dataset', () => {
    expect(resolveBackend({ SANITY_STUDIO_PROJECT_ID: 'abc123' })).toEqual({
      kind: 'hosted',
      projectId: 'abc123',
      dataset: 'production',
    });
    expect(
      resolveBackend({ SANITY_STUDIO_PROJECT_ID: 'abc123', SANITY_STUDIO_DATASET: 'staging' }),
    ).toMatchObject({
      dataset: 'staging',
    });
  });

  it('explains a malformed project id or lake URL', () => {
    expect(() => resolveBackend({ SANITY_STUDIO_PROJECT_ID: 'My Project' })).toThrow(
      /not a Sanity project id/,
    );
    expect(() => resolveBackend({ SANITY_STUDIO_LAKE_URL: 'localhost:3901/api' })).toThrow(
      /must be a bare origin/,
    );
  });
});
