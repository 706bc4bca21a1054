import { join } from 'node:path';
import * as answers from '../../generators/lib/answers.js';
import { combinations, planOf } from '../helpers/combinations.js';
import { repoRoot } from '../helpers/generator-paths.js';
import { tempDir } from '../helpers/run-cli.js';
import { matrixPlan } from './matrix-plan.js';
import { runMatrix, type MatrixRun } from './matrix-run.js';
import { matrixOptionsFromEnv } from './matrix-options.js';

/**
 * Every valid combination of answers works: the covering subset in CI
 * (`npm test`), every valid point with `npm run test:matrix -- --all`.
 * Each combination lints, type-checks, passes its tests and boots.
 */

const options = matrixOptionsFromEnv(process.env);
// The e2e's hand-picked combinations are in the matrix whatever the covering picks.
const named = combinations
  .filter((combination) => !combination.add)
  .map((combination) => {
    const chosen: Record<string, unknown> = { ...planOf(combination).answers };
    delete chosen.name;
    return { name: combination.name, answers: chosen };
  });
const plan = matrixPlan(answers, { ...options, named, presets: join(repoRoot, 'presets') });

describe(`the answer space (${plan.validCount} valid combinations, ${plan.invalidCount} refused)`, () => {
  let run: MatrixRun;
  beforeAll(
    async () => {
      const scope = options.all
        ? 'every valid combination'
        : `a ${options.strength ?? 2}-wise covering subset`;
      process.stderr.write(`matrix: ${plan.entries.length} combinations, ${scope}\n`);
      run = await runMatrix(plan.entries, tempDir('matrix'), (line) =>
        process.stderr.write(`matrix: ${line}\n`),
      );
    },
    2 ** 31 - 1,
  );

  it.each(plan.entries.map((entry) => [entry.name, entry.label || 'the defaults']))(
    '%s (%s) lints, type-checks, passes its tests and boots',
    (name) => {
      const result = run.results.find((candidate) => candidate.entry.name === name)!;
      if (result.failure)
        throw new Error(
          `${name} failed at ${result.failure.step} in ${result.project}:\n${result.failure.output}`,
        );
    },
  );
});
