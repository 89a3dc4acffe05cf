// Prints the benchmark figures as a plain table, one row a page, and the audits that did not pass.
export function printTable(rows, { seconds, connections }) {
  const columns = [
    ['page', 'page'],
    ['perf', 'performance'],
    ['perf range', 'performanceRange'],
    ['a11y', 'accessibility'],
    ['best', 'bestPractices'],
    ['seo', 'seo'],
    ['agentic', 'agentic'],
    ['JS bytes', 'jsBytes'],
    ['HTML bytes', 'htmlBytes'],
    ['FCP ms', 'fcpMs'],
    ['LCP ms', 'lcpMs'],
    ['TBT ms', 'tbtMs'],
    ['TBT ratio', 'tbtRatio'],
    ['CLS', 'cls'],
    ['requests', 'networkRequests'],
    ['host index', 'benchmarkIndex'],
    ['load avg', 'loadAverage'],
    ['req/s', 'rps'],
    ['p99 ms', 'p99ms'],
    ['errors', 'errors'],
  ];
  const cells = rows.map((row) => columns.map(([, key]) => String(row[key] ?? '–')));
  const widths = columns.map(([title], i) => Math.max(title.length, ...cells.map((c) => c[i].length)));
  const line = (values) => values.map((v, i) => v.padStart(widths[i])).join('  ');
  console.log(
    `\nLighthouse (mobile, median of the runs) and load (${connections} connections × ${seconds} s, loopback)\n`,
  );
  console.log(line(columns.map(([title]) => title)));
  for (const c of cells) console.log(line(c));
  for (const row of rows) {
    if (row.failingAudits.length)
      console.log(`\n${row.page}: audits not passed: ${row.failingAudits.join(', ')}`);
  }
}
