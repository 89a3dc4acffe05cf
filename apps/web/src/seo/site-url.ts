import { publicEnv } from '@/env/public';

/** Absolute URL on this site for a path such as `/articles/x` (canonical links, feeds, structured data). */
export function absoluteUrl(path: string): string {
  return new URL(path, `${publicEnv.siteUrl}/`).toString();
}
