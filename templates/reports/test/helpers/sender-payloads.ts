import { fernetToken } from './fernet-token.js';

/*
 * What the Python service's senders post, built from their description, not
 * from this service's schema: a test that posts these proves the service
 * takes what is really sent.
 */

/** The eight standards the current (v2) sender reports; it has no requires_code_owner_reviews. */
const V2_STANDARDS = [
  'administrators_require_review',
  'default_branch_main',
  'has_default_branch_protection',
  'has_description',
  'has_license',
  'has_require_approvals_enabled',
  'issues_section_enabled',
  'requires_approving_reviews',
] as const;

/** The seven the v1 sender reported, code owner reviews among them. */
const V1_STANDARDS = [
  'default_branch_main',
  'has_default_branch_protection',
  'requires_approving_reviews',
  'administrators_require_review',
  'issues_section_enabled',
  'requires_code_owner_reviews',
  'has_require_approvals_enabled',
] as const;

const teams = ['hmpps', 'laa', 'opg', 'cica', 'operations-engineering', 'data-platform'];

const repositoryNameOf = (index: number) =>
  `${teams[index % teams.length]}-service-${String(index).padStart(4, '0')}`;

/** Pass or fail, spread differently for each standard and repository. */
const passes = (index: number, position: number) => (index * 5 + position * 11) % 9 !== 0;

/**
 * One report as the v2 sender builds it from GitHub's GraphQL API: flat (no
 * `data` wrapper), eight booleans, at most one infraction, `default_branch`
 * sometimes "unknown", a quarter of them private.
 */
export function v2Report(index: number): Record<string, unknown> {
  const name = repositoryNameOf(index);
  const report = Object.fromEntries(
    V2_STANDARDS.map((standard, position) => [standard, passes(index, position)]),
  );
  const failing = V2_STANDARDS.filter((standard) => !report[standard]);
  return {
    default_branch: index % 17 === 0 ? 'unknown' : report.default_branch_main ? 'main' : 'master',
    infractions: failing.slice(0, 1).map((standard) => `${standard} is false`),
    is_private: index % 4 === 3,
    last_push: new Date(Date.UTC(2026, 10, 1 + (index % 28), 12, 30)).toISOString(),
    name,
    report,
    status: failing.length === 0,
    url: `https://github.com/ministryofjustice/${name}`,
    topics: index % 3 === 0 ? ['reports-service-layer', teams[index % teams.length]] : [],
  };
}

/** The v2 sender's requests: every report a JSON string, ten to a request. */
export function v2Requests(reports: readonly Record<string, unknown>[], size = 10): string[][] {
  const requests: string[][] = [];
  for (let start = 0; start < reports.length; start += size)
    requests.push(reports.slice(start, start + size).map((report) => JSON.stringify(report)));
  return requests;
}

/** The headers the v2 sender sends with every request. */
export const senderHeaders = (apiKey: string) => ({
  'Content-Type': 'application/json',
  'User-Agent': 'reports-service-layer',
  'X-API-KEY': apiKey,
});

/**
 * One repository as the Fernet-era (v1) sender reported it: status as
 * "PASS" or "FAIL", seven booleans, no is_private (the endpoint says), no
 * infractions, and fields of its own.
 */
export function v1Repository(index: number): Record<string, unknown> {
  const name = repositoryNameOf(index);
  const report = Object.fromEntries(
    V1_STANDARDS.map((standard, position) => [standard, passes(index, position)]),
  );
  return {
    name,
    default_branch: report.default_branch_main ? 'main' : 'master',
    url: `https://github.com/ministryofjustice/${name}`,
    status: Object.values(report).every(Boolean) ? 'PASS' : 'FAIL',
    last_push: '2022-08-22T15:28:53Z',
    report,
    issues_enabled: report.issues_section_enabled,
  };
}

/** A v1 body: the JSON string of a Fernet token of `{"updated_at", "data"}` under the sender's key. */
export function v1Body(fernetKey: string, data: readonly unknown[]): string {
  const content = JSON.stringify({ updated_at: '2022-08-22 15:28:53', data });
  return JSON.stringify(fernetToken(fernetKey, content));
}

/** A record as a DynamoDB export of the Python service's table holds it. */
export const storedRecord = (index: number) => ({
  name: repositoryNameOf(index),
  data: v2Report(index),
  stored_at: '2026-11-30 08:00:00.123456',
});
