import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../usage-error.js';

/** The three sides of a merge: what was generated last, what is on disk, what is generated now. */
export interface MergeSides {
  /** Undefined when nothing was generated at this path before: both sides added the file. */
  base: string | undefined;
  ours: string;
  theirs: string;
}

export interface MergeLabels {
  ours: string;
  base: string;
  theirs: string;
}

export interface TextMerge {
  text: string;
  /** Conflicting hunks left marked in `text`; 0 for a clean merge. */
  conflicts: number;
}

/**
 * A line-based three-way merge by `git merge-file`, the merge git itself
 * does: its markers are the ones editors and merge tools know, and it
 * shrinks a conflict to the lines that really differ, which matters most
 * when there is no base and both sides wrote the whole file. With
 * `theirsWins`, conflicting hunks take the new version; the rest still merges.
 */
export function mergeText(sides: MergeSides, labels: MergeLabels, theirsWins = false): TextMerge {
  const dir = mkdtempSync(join(tmpdir(), 'service-kit-merge-'));
  try {
    const files = (['ours', 'base', 'theirs'] as const).map((side) => {
      const path = join(dir, side);
      writeFileSync(path, sides[side] ?? '');
      return path;
    });
    const merged = spawnSync(
      'git',
      [
        'merge-file',
        '--stdout',
        ...(theirsWins ? ['--theirs'] : []),
        ...['-L', labels.ours, '-L', labels.base, '-L', labels.theirs],
        ...files,
      ],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    // merge-file exits with the number of conflicts, and above 127 on an error of its own.
    if (merged.error || merged.status === null || merged.status > 127) {
      const reason = merged.error?.message ?? (merged.stderr.trim() || `exit ${merged.status}`);
      throw new UsageError(`merging needs git (git merge-file failed: ${reason})`);
    }
    return { text: merged.stdout, conflicts: merged.status };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
