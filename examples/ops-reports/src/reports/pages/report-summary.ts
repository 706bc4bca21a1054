import { failedStandards, type Report } from '../report.js';

export interface Summary {
  total: number;
  compliant: number;
  nonCompliant: number;
  /** The standards failed most often, in words, most common first (ties by wording). */
  topInfractions: { words: string; count: number }[];
}

export function summarise(reports: readonly Report[], top = 3): Summary {
  const compliant = reports.filter((report) => report.data.status).length;
  const counts = new Map<string, number>();
  for (const report of reports)
    for (const words of failedStandards(report)) counts.set(words, (counts.get(words) ?? 0) + 1);
  const topInfractions = [...counts]
    .map(([words, count]) => ({ words, count }))
    .sort((a, b) => b.count - a.count || a.words.localeCompare(b.words))
    .slice(0, top);
  return {
    total: reports.length,
    compliant,
    nonCompliant: reports.length - compliant,
    topInfractions,
  };
}

/** `2026-01-05 09:30 UTC`: how pages show a stored time. */
export const utcTime = (iso: string | undefined) =>
  iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : 'never';

/** A time a sender reported: in UTC like stored times when it is a date, else as sent. */
export function reportedTime(value: string): string {
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : utcTime(new Date(time).toISOString());
}
