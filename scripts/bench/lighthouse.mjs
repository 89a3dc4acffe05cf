// Lighthouse's mobile run (its default form factor and throttling) for one URL: category scores and bytes sent.
import lighthouse from 'lighthouse';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo', 'agentic-browsing'];

export async function lighthouseFigures(url, port) {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits } = result.lhr;
  const score = (id) => (categories[id]?.score == null ? null : Math.round(categories[id].score * 100));
  const requests = audits['network-requests']?.details?.items ?? [];
  const bytesOf = (type) =>
    requests.filter((item) => item.resourceType === type).reduce((sum, item) => sum + (item.transferSize ?? 0), 0);
  const failing = Object.values(audits)
    .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
    .map((audit) => audit.id);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    agentic: score('agentic-browsing'),
    jsBytes: bytesOf('Script'),
    htmlBytes: bytesOf('Document'),
    networkRequests: requests.length,
    // Lighthouse's simulated mobile CPU is relative to this machine's speed; print it so figures can be compared.
    benchmarkIndex: Math.round(result.lhr.environment.benchmarkIndex),
    lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? 0),
    tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? 0),
    fcpMs: Math.round(audits['first-contentful-paint']?.numericValue ?? 0),
    cls: audits['cumulative-layout-shift']?.numericValue ?? null,
    failingAudits: failing,
  };
}
