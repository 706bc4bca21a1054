import type { Report } from './report.js';

const names = ['alpha', 'beacon', 'cedar', 'delta', 'ember', 'fjord', 'garnet', 'harbour'];
const kinds = ['api', 'frontend', 'infrastructure', 'data', 'tools'];

/** The eight standards the current sender reports, in its order. */
const reportedStandards = [
  'administrators_require_review',
  'default_branch_main',
  'has_default_branch_protection',
  'has_description',
  'has_license',
  'has_require_approvals_enabled',
  'issues_section_enabled',
  'requires_approving_reviews',
];

/**
 * Made-up but realistic reports in the current sender's shape, the same on
 * every call: what `npm run dev` shows on an empty embedded database, and
 * what tests and the benchmark post. About a fifth of the repositories are
 * private; most fail a standard or two, a few pass them all.
 */
export function sampleReports(count: number, storedAt = '2026-01-05T09:30:00.000Z'): Report[] {
  return Array.from({ length: count }, (_, index) => {
    const name = `${names[index % names.length]}-${kinds[index % kinds.length]}-${String(index + 1).padStart(4, '0')}`;
    const results = Object.fromEntries(
      reportedStandards.map((standard, position) => [
        standard,
        // Deterministic spread: each standard fails for a different share of repositories.
        (index * 7 + position * 3) % (position + 4) !== 0,
      ]),
    );
    const failed = reportedStandards.filter((standard) => !results[standard]);
    return {
      name,
      data: {
        name,
        url: `https://github.com/example-org/${name}`,
        default_branch: results.default_branch_main ? 'main' : 'master',
        is_private: index % 5 === 4,
        status: failed.length === 0,
        last_push: new Date(Date.UTC(2025, 11, 1 + (index % 28))).toISOString(),
        report: results,
        // The sender names at most one infraction.
        infractions: failed.slice(0, 1).map((standard) => `${standard} is not met`),
        topics: [kinds[index % kinds.length] ?? 'tools'],
      },
      stored_at: storedAt,
    };
  });
}
