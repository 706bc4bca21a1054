import { relative, join } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import type { Outcome } from './file-outcome.js';
import type { PlannedChange, UpdatePlan } from './plan-update.js';

/** Outcomes in the order they are listed: conflicts last, next to the error that names them. */
const order: readonly Outcome[] = [
  'new',
  'updated',
  'merged',
  'removed',
  'kept yours',
  'kept deleted',
  'kept edited',
  'conflict',
];

const width = Math.max(...order.map((outcome) => outcome.length)) + 1;

function detail(change: PlannedChange): string {
  const keys = change.keys?.join(', ');
  // A JSON file names its keys: those in conflict, or with --force those the new version took.
  if (keys)
    return change.outcome === 'conflict'
      ? ` (${keys} in conflict)`
      : ` (${keys}: the new version's)`;
  if (change.conflicts)
    return ` (${change.conflicts} conflicting ${change.conflicts === 1 ? 'hunk' : 'hunks'})`;
  return '';
}

/**
 * One line per file the update touches or keeps on purpose, with its
 * outcome, and with `diffs` what each write changes. Files already as
 * generated are counted, not listed.
 */
export function updateReport(update: UpdatePlan, { diffs }: { diffs: boolean }): string[] {
  const shown = (path: string) => relative(process.cwd(), join(update.target, path));
  const listed = update.changes
    .filter((change) => change.outcome !== 'unchanged')
    .sort(
      (a, b) => order.indexOf(a.outcome) - order.indexOf(b.outcome) || a.path.localeCompare(b.path),
    );
  const lines = listed.flatMap((change) => {
    const line = `  ${change.outcome.padEnd(width)}${shown(change.path)}${detail(change)}`;
    if (!diffs || change.write === undefined) return [line];
    const patch = createTwoFilesPatch(
      `a/${change.path}`,
      change.write === null ? '/dev/null' : `b/${change.path}`,
      change.ours ?? '',
      change.write ?? '',
    );
    return [line, ...patch.trimEnd().split('\n').slice(1)];
  });
  const unchanged = update.changes.length - listed.length;
  if (unchanged > 0 && listed.length > 0) lines.push(`  ${unchanged} other files are as generated`);
  if (listed.length === 0) lines.push('  every file is as generated: nothing to do');
  return lines;
}
