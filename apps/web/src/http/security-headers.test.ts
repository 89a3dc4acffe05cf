/** @jest-environment node */
import { describe, expect, it } from '@jest/globals';
import { config as proxyConfig } from '@/proxy';
import {
  contentSecurityPolicy,
  createNonce,
  DRAFT_MODE_COOKIE,
  securityHeaders,
  sitePolicy,
  studioFrameAncestors,
} from './security-headers.ts';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

const base = {
  nonce: 'abc123==',
  frameAncestors: ['https://studio.example.org'],
  development: false,
  upgradeInsecureRequests: true,
};

describe('contentSecurityPolicy', () => {
  it("in draft mode lets scripts run only from the site or with this response's nonce, never inline or eval", () => {
    const scripts = directives(contentSecurityPolicy(base)).get('script-src')!;
    expect(scripts).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(scripts.join(' ')).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it("on cached public pages allows inline scripts (Next's bootstrap) but script files only from the site, never eval", () => {
    const scripts = directives(contentSecurityPolicy({ ...base, nonce: null })).get('script-src')!;
    expect(scripts).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('keeps every other directive identical between the cached and the draft-mode policy', () => {
    for (const frameAncestors of [[], ['https://studio.example.org']]) {
      const cached = directives(contentSecurityPolicy({ ...base, frameAncestors, nonce: null }));
      const draft = directives(contentSecurityPolicy({ ...base, frameAncestors, nonce: createNonce() }));
      cached.delete('script-src');
      draft.delete('script-src');
      expect(cached).toEqual(draft);
    }
  });

  it('allows eval only for the development server', () => {
    expect(directives(contentSecurityPolicy({ ...base, development: true })).get('script-src')).toContain(
      "'unsafe-eval'",
    );
  });

  it('keeps every fetch, font, image and form on the site itself', () => {
    for (const nonce of [base.nonce, null]) {
      const policy = directives(contentSecurityPolicy({ ...base, nonce }));
      expect(policy.get('default-src')).toEqual(["'self'"]);
      expect(policy.get('connect-src')).toEqual(["'self'"]);
      expect(policy.get('font-src')).toEqual(["'self'"]);
      expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'self'"]);
      expect(policy.get('form-action')).toEqual(["'self'"]);
    }
  });

  it('lets only the site and the Studio frame pages', () => {
    expect(directives(contentSecurityPolicy(base)).get('frame-ancestors')).toEqual([
      "'self'",
      'https://studio.example.org',
    ]);
    expect(directives(contentSecurityPolicy({ ...base, frameAncestors: [] })).get('frame-ancestors')).toEqual(
      ["'self'"],
    );
  });

  it('upgrades insecure subresources only on an https site', () => {
    expect(contentSecurityPolicy(base)).toContain('upgrade-insecure-requests');
    expect(contentSecurityPolicy({ ...base, upgradeInsecureRequests: false })).not.toContain(
      'upgrade-insecure-requests',
    );
  });
});

describe('sitePolicy', () => {
  it('takes the Studio origin for frame-ancestors and upgrades requests only for an https site', () => {
    const site = {
      siteUrl: 'https://clinic.example.org',
      studioUrl: 'https://clinic.sanity.studio/desk',
      isLocalLake: false,
    };
    const policy = directives(sitePolicy(null, site, false));
    expect(policy.get('frame-ancestors')).toEqual(["'self'", 'https://clinic.sanity.studio']);
    expect(policy.has('upgrade-insecure-requests')).toBe(true);
    expect(sitePolicy(null, { ...site, siteUrl: 'http://127.0.0.1:3000' }, false)).not.toContain(
      'upgrade-insecure-requests',
    );
  });
});

describe('the proxy', () => {
  it('runs for every request that carries the draft-mode cookie, so draft pages get the nonce policy', () => {
    const draftMatchers = proxyConfig.matcher.filter((entry) =>
      entry.has?.some((condition) => condition.type === 'cookie'),
    );
    expect(draftMatchers.map((entry) => entry.has)).toEqual([[{ type: 'cookie', key: DRAFT_MODE_COOKIE }]]);
    expect(new RegExp(`^${draftMatchers[0]!.source}$`).test('/articles/some-article')).toBe(true);
  });
});

describe('studioFrameAncestors', () => {
  it('uses the origin of the configured Studio, without its path', () => {
    expect(studioFrameAncestors('https://clinic.sanity.studio/desk/article', undefined)).toEqual(['https://clinic.sanity.studio']);
  });

  it('adds every origin `npm run dev` passes in SANITY_STUDIO_ORIGINS, once each', () => {
    const printed = 'https://local.localhost:3901 http://localhost:3333  http://127.0.0.1:3333';
    expect(studioFrameAncestors(null, printed)).toEqual(['https://local.localhost:3901', 'http://localhost:3333', 'http://127.0.0.1:3333']);
    expect(studioFrameAncestors('https://local.localhost:3901/structure', printed)).toHaveLength(3);
    expect(studioFrameAncestors(null, undefined)).toEqual([]);
  });

  it('refuses a Studio origin that is not an http(s) URL', () => {
    expect(() => studioFrameAncestors(null, 'local.localhost:3901')).toThrow(/not an http\(s\) URL/);
  });
});

describe('createNonce', () => {
  it('is different every time and long enough not to be guessed', () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });
});

describe('securityHeaders', () => {
  it('sends HSTS, nosniff, a referrer policy and a permissions policy', () => {
    const names = securityHeaders.map((header) => header.key);
    expect(names).toEqual(
      expect.arrayContaining([
        'Strict-Transport-Security',
        'X-Content-Type-Options',
        'Referrer-Policy',
        'Permissions-Policy',
      ]),
    );
    expect(securityHeaders.find((h) => h.key === 'Strict-Transport-Security')!.value).toMatch(
      /max-age=\d{8,}/,
    );
  });
});
