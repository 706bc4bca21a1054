import { sampleReports } from '../../src/reports/sample-reports.js';
import { forAudience } from '../../src/reports/compliance.js';
import { reportedTime, summarise, utcTime } from '../../src/reports/pages/report-summary.js';

describe('report summaries', () => {
  const reports = sampleReports(40);

  it('counts compliant and non-compliant repositories', () => {
    const summary = summarise(reports);
    expect(summary.total).toBe(40);
    expect(summary.compliant).toBe(reports.filter((report) => report.data.status).length);
    expect(summary.compliant + summary.nonCompliant).toBe(40);
  });

  it('names the three standards failed most often, in words, most common first', () => {
    const [pass, ...rest] = sampleReports(4).map((report) => ({
      ...report,
      data: { ...report.data, report: { ...report.data.report } },
    }));
    const everyStandard = Object.keys(pass?.data.report ?? {});
    for (const report of [pass, ...rest])
      for (const standard of everyStandard)
        Object.assign(report!.data.report, { [standard]: true });
    for (const report of rest) Object.assign(report.data.report, { has_license: false });
    for (const report of rest.slice(0, 2))
      Object.assign(report.data.report, { has_default_branch_protection: false });
    Object.assign(rest[0]!.data.report, { has_description: false, issues_section_enabled: false });
    expect(summarise([pass!, ...rest]).topInfractions).toEqual([
      { words: 'Has no licence', count: 3 },
      { words: 'Default branch is not protected', count: 2 },
      // A tie is broken by the wording, so the page does not change between renders.
      { words: 'Has no description', count: 1 },
    ]);
  });

  it('splits public from private repositories, each into its own list', () => {
    const [first, second, third] = sampleReports(3).map((report, index) => ({
      ...report,
      data: { ...report.data, is_private: index === 1 },
    }));
    const mixed = [first!, second!, third!];
    expect(forAudience(mixed, 'public')).toEqual([first, third]);
    expect(forAudience(mixed, 'private')).toEqual([second]);
  });

  it('shows times in UTC to the minute', () => {
    expect(utcTime('2026-01-05T09:30:12.345Z')).toBe('2026-01-05 09:30 UTC');
    expect(utcTime(undefined)).toBe('never');
  });

  it('shows a reported time in UTC when it is a date, and as sent when not', () => {
    expect(reportedTime('2025-12-01T10:15:00+01:00')).toBe('2025-12-01 09:15 UTC');
    expect(reportedTime('last week')).toBe('last week');
  });
});
