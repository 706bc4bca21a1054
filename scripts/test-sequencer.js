// Orders test files for two or more jest workers, longest first, so the last
// minutes are not one long file running alone. Jest knows a file's last
// duration from its cache; a file it has never timed (a fresh machine) is
// ordered by what it does: the tiers that generate and run whole projects
// (test/matrix, test/e2e) before those that work in memory. A 3-line e2e
// file runs for minutes, so its size says nothing.
import Sequencer from '@jest/test-sequencer';

// The covering matrix first, the longest file, then the other generating tiers, the e2e's
// project files (minutes each, three lines long) before its other files.
const weightOf = (path) => {
  if (path.endsWith('/test/matrix/matrix.test.ts')) return 4;
  if (/\/test\/matrix\//.test(path)) return 3;
  if (/\/test\/e2e\/projects\//.test(path)) return 2;
  return /\/test\/e2e\//.test(path) ? 1 : 0;
};

export default class LongestFirst extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    const untimedWeight = (test) => (test.duration == null ? weightOf(test.path) : 0);
    // A stable sort: jest's own order stands within each weight.
    return sorted.sort((a, b) => untimedWeight(b) - untimedWeight(a));
  }
}
