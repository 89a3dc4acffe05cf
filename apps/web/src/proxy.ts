import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, createNonce, studioFrameAncestors } from '@/config/security-headers';
import { publicEnv } from '@/env/public';

const frameAncestors = studioFrameAncestors(publicEnv.studioUrl, process.env.SANITY_STUDIO_ORIGINS);
const upgradeInsecureRequests = publicEnv.siteUrl.startsWith('https://');

/**
 * Gives every page response its own CSP nonce (why: see src/config/security-headers.ts). The policy goes on
 * the request too: Next reads the nonce from the request's Content-Security-Policy header while rendering and
 * adds it to the scripts it writes.
 */
export function proxy(request: NextRequest): NextResponse {
  const policy = contentSecurityPolicy({
    nonce: createNonce(),
    frameAncestors,
    development: process.env.NODE_ENV === 'development',
    upgradeInsecureRequests,
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  // Hashed build files and proxied images are not documents; they need no policy of their own.
  matcher: ['/((?!_next/static|_next/image|cdn/images).*)'],
};
