import { sampleReports } from '../src/reports/sample-reports.js';
import { measureRoute, type BenchStep, type RouteFigures } from './measure-route.js';

const API_KEY = 'bench-sender-key-0123456789abcdef';
const headers = { 'Content-Type': 'application/json', 'X-API-KEY': API_KEY };
const REPOSITORIES = 2000;
/** Uploads timed one after another, as a sender posts them: latency, not throughput. */
const UPLOADS = 10;
/** The current sender's run: an organisation of this many repositories, ten to a request. */
const ORGANISATION = 2500;
const CHUNK = 10;

const percentile = (sorted: readonly number[], share: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0;

/**
 * The real sender's pattern: every report a flat JSON string, ten to a
 * request, one request after another, each to new repositories, so the
 * table grows as it does on the night the sender runs.
 */
async function senderRun(base: string): Promise<RouteFigures> {
  const reports = sampleReports(ORGANISATION).map(({ data }) => JSON.stringify(data));
  const times: number[] = [];
  let errors = 0;
  const started = performance.now();
  for (let start = 0; start < reports.length; start += CHUNK) {
    const sent = performance.now();
    const response = await fetch(`${base}/api/v2/update-github-reports`, {
      method: 'POST',
      headers: { ...headers, 'User-Agent': 'reports-service-layer' },
      body: JSON.stringify(reports.slice(start, start + CHUNK)),
    });
    await response.arrayBuffer();
    if (!response.ok) errors += 1;
    times.push(performance.now() - sent);
  }
  const totalSeconds = (performance.now() - started) / 1000;
  const sorted = times.sort((a, b) => a - b);
  return {
    route: `POST ${ORGANISATION} by ${CHUNK}s, total ${totalSeconds.toFixed(1)} s`,
    requestsPerSecond: Math.round(times.length / totalSeconds),
    p50Ms: Math.round(percentile(sorted, 0.5)),
    p99Ms: Math.round(percentile(sorted, 0.99)),
    errors,
  };
}

/**
 * The reports' own figures: an upload of 2,000 reports at once, the home
 * page and the list of all 2,000, which are rendered once per upload and
 * served from memory after that, then the sender's nightly run of 2,500
 * repositories in requests of ten.
 */
export const reportsBench: BenchStep = {
  env: { API_KEYS: API_KEY },
  async run(base, seconds) {
    const reports = sampleReports(REPOSITORIES).map(({ data }) =>
      JSON.stringify({ ...data, is_private: false }),
    );
    const ingest = await measureRoute(base, '/api/v2/update-github-reports', seconds, {
      method: 'POST',
      headers,
      body: JSON.stringify(reports),
      connections: 1,
      amount: UPLOADS,
    });
    return [
      { ...ingest, route: `POST ${REPOSITORIES} reports` },
      { ...(await measureRoute(base, '/', seconds)), route: `GET / on ${REPOSITORIES} reports` },
      await measureRoute(base, '/all-public-repositories.html', seconds),
      // Last, so the pages above are measured on the 2,000 reports alone.
      await senderRun(base),
    ];
  },
};
