import { standards, type Report, type Standard } from './report.js';

const names = ['alpha', 'beacon', 'cedar', 'delta', 'ember', 'fjord', 'garnet', 'harbour'];
const kinds = ['api', 'frontend', 'infrastructure', 'data', 'tools'];

/**
 * Made-up but realistic reports, the same on every call: what `npm run dev`
 * shows on an empty embedded database, and what tests and the benchmark
 * post. About a fifth of the repositories are private; most fail a
 * standard or two, a few pass them all.
 */
export function sampleReports(count: number, storedAt = '2026-01-05T09:30:00.000Z'): Report[] {
  return Array.from({ length: count }, (_, index) => {
    const name = `${names[index % names.length]}-${kinds[index % kinds.length]}-${String(index + 1).padStart(4, '0')}`;
    const results = Object.fromEntries(
      Object.keys(standards).map((standard, position) => [
        standard,
        // Deterministic spread: each standard fails for a different share of repositories.
        (index * 7 + position * 3) % (position + 4) !== 0,
      ]),
    ) as Record<Standard, boolean>;
    const infractions = Object.entries(results)
      .filter(([, passed]) => !passed)
      .map(([standard]) => `${standard} is false`);
    return {
      name,
      data: {
        name,
        url: `https://github.com/example-org/${name}`,
        default_branch: results.default_branch_main ? 'main' : 'master',
        is_private: index % 5 === 4,
        status: infractions.length === 0,
        last_push: new Date(Date.UTC(2025, 11, 1 + (index % 28))).toISOString(),
        report: results,
        infractions,
      },
      stored_at: storedAt,
    };
  });
}
