import { tempDir } from '../helpers/run-cli.js';
import { pointOf } from './answer-space.js';
import { e2eCombinationPoints, suiteMatrix } from './suite-matrix.js';
import {
  expectPassed,
  runTier,
  tierHookTimeout,
  type TierEntry,
  type TierRun,
} from './matrix-run.js';
import { matrixOptionsFromEnv } from './matrix-options.js';

/**
 * Every valid combination of answers works: the covering subset in CI
 * (`npm test`), every valid point with `npm run test:matrix -- --all`.
 * Each combination lints, type-checks, passes its tests and boots.
 */

const options = matrixOptionsFromEnv(process.env);
const plan = suiteMatrix(options);
// In a whole `npm test` the e2e builds and boots its combinations; here they are tested only.
const e2eBoots = process.env.SERVICE_KIT_SUITE === 'all' ? e2eCombinationPoints() : new Set();
const entries: TierEntry[] = plan.entries.map((entry) =>
  e2eBoots.has(pointOf(plan.factors, entry.answers).join())
    ? { ...entry, depth: 'tested' as const }
    : entry,
);

describe(`the answer space (${plan.validCount} valid combinations, ${plan.invalidCount} refused)`, () => {
  let run: TierRun;
  beforeAll(async () => {
    const scope = options.all
      ? 'every valid combination'
      : `a ${options.strength ?? 2}-wise covering subset`;
    process.stderr.write(`matrix: ${entries.length} combinations, ${scope}\n`);
    run = await runTier(entries, tempDir('matrix'), {
      part: 'matrix',
      depth: 'full',
      report: (line) => process.stderr.write(`matrix: ${line}\n`),
    });
  }, tierHookTimeout(entries.length));

  it.each(
    entries.map((entry) => [
      entry.name,
      entry.label || 'the defaults',
      entry.depth === 'tested' ? 'the e2e builds and boots it' : 'builds and boots',
    ]),
  )('%s (%s) lints, type-checks, passes its tests; %s', (name) => expectPassed(run, name));
});
