import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as answers from '../../generators/lib/answers.js';
import { repoRoot } from '../helpers/generator-paths.js';
import { expectRefused } from '../helpers/refused-run.js';
import { matrixPlan } from './matrix-plan.js';

/**
 * The other side of the matrix: points the validity rules refuse, sampled
 * so every pair of values that occurs among them occurs in one. Each is
 * refused by the generator in one line naming every conflict, with nothing
 * written.
 */
const { refused } = matrixPlan(answers, { presets: join(repoRoot, 'presets') });

describe('combinations the validity rules refuse', () => {
  it('are sampled at all', () => expect(refused.length).toBeGreaterThan(0));

  it.each(refused.map((point) => [point.label, point]))(
    '%s is refused in one line, and nothing is written',
    async (_label, point) => {
      await expectRefused(
        ['refused-svc', '--yes', '--answers', 'answers.json', '--skip-install'],
        `service-kit: --answers answers.json + --yes defaults: ${point.conflicts.join('; ')}`,
        (dir) => writeFileSync(join(dir, 'answers.json'), JSON.stringify(point.answers)),
      );
    },
  );
});
