// Orders test files for two or more jest workers, longest first, so the last
// minutes are not one long file running alone. Jest knows a file's last
// duration from its cache; a file it has never timed (a fresh machine) is
// ordered by what it does: the tiers that generate and run whole projects
// (test/matrix, test/e2e) before those that work in memory. A 3-line e2e
// file runs for minutes, so its size says nothing.
import Sequencer from '@jest/test-sequencer';

const generatesProjects = (path) => /\/test\/(matrix|e2e)\//.test(path);

export default class LongestFirst extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    const untimedHeavy = (test) => test.duration == null && generatesProjects(test.path);
    return [...sorted.filter(untimedHeavy), ...sorted.filter((test) => !untimedHeavy(test))];
  }
}
