// Lighthouse's mobile run (its default form factor and throttling) for one URL: category scores and bytes sent.
// Single runs vary a lot on a shared machine, so each page is run RUNS times and the run with the median
// performance score is reported, as Lighthouse's own guidance on variability recommends.
import lighthouse from 'lighthouse';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo', 'agentic-browsing'];
const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);

export async function lighthouseFigures(url, port) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const run = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
    runs.push(run);
  }
  // A run that could not score performance (for example no LCP recorded) is left out and counted.
  const scored = runs.filter((run) => run.lhr.categories.performance?.score != null);
  if (scored.length === 0) throw new Error(`no Lighthouse run could score performance for ${url}`);
  scored.sort((a, b) => a.lhr.categories.performance.score - b.lhr.categories.performance.score);
  const result = scored[Math.floor(scored.length / 2)];
  const performanceRange = scored.map((run) => Math.round(run.lhr.categories.performance.score * 100));
  const { categories, audits } = result.lhr;
  const score = (id) => (categories[id]?.score == null ? null : Math.round(categories[id].score * 100));
  const requests = audits['network-requests']?.details?.items ?? [];
  const bytesOf = (type) =>
    requests
      .filter((item) => item.resourceType === type)
      .reduce((sum, item) => sum + (item.transferSize ?? 0), 0);
  const failing = Object.values(audits)
    .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
    .map((audit) => audit.id);
  return {
    performance: score('performance'),
    performanceRange: `${performanceRange[0]}–${performanceRange.at(-1)}${scored.length < runs.length ? ` (${runs.length - scored.length} unscored)` : ''}`,
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
