import { sampleReports } from '../src/reports/sample-reports.js';
import { measureRoute, type BenchStep } from './measure-route.js';

const API_KEY = 'bench-sender-key-0123456789abcdef';
const REPOSITORIES = 2000;
/** Uploads timed one after another, as a sender posts them: latency, not throughput. */
const UPLOADS = 10;

/**
 * The reports' own figures: an upload of 2,000 reports (the sender's format,
 * each a JSON string), then the home page and the list of all 2,000, which
 * are rendered once per upload and served from memory after that.
 */
export const reportsBench: BenchStep = {
  env: { API_KEYS: API_KEY },
  async run(base, seconds) {
    const reports = sampleReports(REPOSITORIES).map(({ name, data }) =>
      JSON.stringify({ name, data: { ...data, is_private: false } }),
    );
    const ingest = await measureRoute(base, '/api/v2/update-github-reports', seconds, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-API-KEY': API_KEY },
      body: JSON.stringify(reports),
      connections: 1,
      amount: UPLOADS,
    });
    return [
      { ...ingest, route: `POST ${REPOSITORIES} reports` },
      await measureRoute(base, '/', seconds),
      await measureRoute(base, '/all-public-repositories.html', seconds),
    ];
  },
};
