import { llmsTxtResponse } from '@/feeds/llms';

// Rendered once and cached like a page; the content cache tags refresh it (route handlers are dynamic by default).
export const dynamic = 'force-static';
export const revalidate = 300;

/** /es/llms.txt (llmstxt.org, in a subpath): the Spanish content, linked from /llms.txt. */
export function GET(): Promise<Response> {
  return llmsTxtResponse('es');
}
