import { AppError } from '../errors.js';
import type { ReportView } from './report-catalog.js';
import type { Report } from './report.js';

export type Compliance = 'PASS' | 'FAIL';

export const complianceOf = (report: Report): Compliance => (report.data.status ? 'PASS' : 'FAIL');

/** Who a report is for: public repositories for anyone, private ones after sign-in. */
export type Audience = 'public' | 'private';

export const forAudience = (reports: readonly Report[], audience: Audience) =>
  reports.filter((report) => report.data.is_private === (audience === 'private'));

/**
 * A report of this audience. Unknown and other-audience names are both
 * 404, alike in every byte, so public answers never tell whether a
 * private repository exists.
 */
export function reportFor(view: ReportView, audience: Audience, name: string): Report {
  const report = view.byName.get(name);
  if (!report || report.data.is_private !== (audience === 'private'))
    throw new AppError(
      'not_found',
      `There is no ${audience} report for a repository named ${name}.`,
    );
  return report;
}

/** The JSON shields.io's endpoint badge reads. */
export function badge(report: Report) {
  const compliance = complianceOf(report);
  return {
    schemaVersion: 1,
    label: 'MoJ Compliant',
    message: compliance,
    color: compliance === 'PASS' ? '005ea5' : 'd4351c',
    labelColor: '231f20',
    style: 'for-the-badge',
    ...(compliance === 'FAIL' && { isError: 'true' }),
  };
}

/** PASS or FAIL for each public repository named; NOT_FOUND for the rest, private ones included. */
export function publicCompliance(view: ReportView, names: readonly string[]) {
  return Object.fromEntries(
    names.map((name) => {
      const report = view.byName.get(name);
      return [name, report && !report.data.is_private ? complianceOf(report) : 'NOT_FOUND'];
    }),
  );
}
