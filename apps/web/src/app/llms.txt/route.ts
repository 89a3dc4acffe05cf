import { llmsTxtResponse } from '@/feeds/llms';

// Rendered once and cached like a page; the content cache tags refresh it (route handlers are dynamic by default).
export const dynamic = 'force-static';
export const revalidate = 300;

/** /llms.txt (llmstxt.org): the English content, for software that reads the site on a visitor's behalf. */
export function GET(): Promise<Response> {
  return llmsTxtResponse('en');
}
