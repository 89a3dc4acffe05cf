// A short, bounded load on loopback with autocannon: fixed connections for a fixed number of seconds.
import autocannon from 'autocannon';

export async function loadFigures(url, { seconds, connections }) {
  const result = await autocannon({ url, connections, duration: seconds });
  return {
    rps: Math.round(result.requests.average),
    p99ms: result.latency.p99,
    errors: result.errors + result.timeouts + (result.non2xx ?? 0),
  };
}
