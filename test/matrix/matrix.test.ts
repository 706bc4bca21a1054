import { tempDir } from '../helpers/run-cli.js';
import { suiteMatrix } from './suite-matrix.js';
import { expectPassed, runTier, tierHookTimeout, type TierRun } from './matrix-run.js';
import { matrixOptionsFromEnv } from './matrix-options.js';

/**
 * Every valid combination of answers works: the covering subset in CI
 * (`npm test`), every valid point with `npm run test:matrix -- --all`.
 * Each combination lints, type-checks, passes its tests and boots.
 */

const options = matrixOptionsFromEnv(process.env);
const plan = suiteMatrix(options);

describe(`the answer space (${plan.validCount} valid combinations, ${plan.invalidCount} refused)`, () => {
  let run: TierRun;
  beforeAll(async () => {
    const scope = options.all
      ? 'every valid combination'
      : `a ${options.strength ?? 2}-wise covering subset`;
    process.stderr.write(`matrix: ${plan.entries.length} combinations, ${scope}\n`);
    run = await runTier(plan.entries, tempDir('matrix'), {
      part: 'matrix',
      depth: 'full',
      report: (line) => process.stderr.write(`matrix: ${line}\n`),
    });
  }, tierHookTimeout(plan.entries.length));

  it.each(plan.entries.map((entry) => [entry.name, entry.label || 'the defaults']))(
    '%s (%s) lints, type-checks, passes its tests and boots',
    (name) => expectPassed(run, name),
  );
});
