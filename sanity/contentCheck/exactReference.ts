// Whether a reference points readers at the exact source: a DOI, a PubMed record, or the URL of the one document
// cited (a label version, a Federal Register page, an agency notice). Search pages and home or section pages are
// refused, because a reader cannot tell which document backs the claim.

export interface ReferenceLike {
  title?: string | null;
  doi?: string | null;
  url?: string | null;
}

const DOI_PATTERN = /^10\.\d{4,9}\/\S+$/;
/** Query parameters that make a URL a search rather than a document. */
const SEARCH_PARAMS = new Set(['term', 'q', 'query', 'search', 'searchterm', 'keyword', 'keywords', 's']);
/** Words that mark a title as a stand-in rather than the title as published. */
const PLACEHOLDER_TITLE = /\bPMID\b|\bplaceholder\b|\bTBD\b|\buntitled\b|\blorem\b|\(DOI\b/i;

/**
 * Why a URL is not an exact document link, or null when it is one.
 * A document link names the document in its last path segment (a number, a file, or a slug of four or more
 * words) or in an identifier parameter; `https://pubmed.ncbi.nlm.nih.gov/?term=…`, `https://www.fda.gov/` and
 * `https://www.fda.gov/drugs/human-drug-compounding` are refused.
 */
export function urlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `"${value}" is not a valid link`;
  }
  if (url.protocol !== 'https:') return `${value} is not a secure (https) link`;
  const params = [...url.searchParams.keys()].map((key) => key.toLowerCase());
  if (params.some((key) => SEARCH_PARAMS.has(key)) || /(^|\/)search(\.\w+)?(\/|$)/i.test(url.pathname)) {
    return `${value} is a search page; link the document itself (DOI, PubMed record or the document's own URL)`;
  }
  const segments = url.pathname.split('/').filter(Boolean);
  const last = segments.at(-1) ?? '';
  const hasIdParam = params.some((key) => /id$/.test(key));
  if (segments.length === 0 || /^index\.\w+$/i.test(last)) {
    return `${value} is a home page; link the specific document cited`;
  }
  const namesDocument =
    /\d/.test(last) || /\.\w{2,5}$/.test(last) || last.split('-').length >= 4 || hasIdParam;
  return namesDocument ? null : `${value} is a section or landing page; link the specific document cited`;
}

/** The problems of one reference (empty when it is exact): an identifier is required, and the title must be real. */
export function referenceProblems(reference: ReferenceLike): string[] {
  const problems: string[] = [];
  const doi = reference.doi?.trim();
  const url = reference.url?.trim();
  if (doi && !DOI_PATTERN.test(doi)) problems.push(`DOI "${doi}" is not a DOI (10.xxxx/…)`);
  if (url) {
    const problem = urlProblem(url);
    if (problem) problems.push(problem);
  }
  if (!doi && !url) problems.push('has neither a DOI, a PubMed record nor a document link');
  const title = reference.title?.trim() ?? '';
  if (!title) problems.push('has no title');
  else if (PLACEHOLDER_TITLE.test(title))
    problems.push(`title "${title}" is a placeholder, not the title as published`);
  return problems;
}
