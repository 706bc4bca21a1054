import * as answers from '../../generators/lib/answers.js';
import { tempDir } from '../helpers/run-cli.js';
import { answerSpace, pointOf } from './answer-space.js';
import { featuresAlone } from './features-alone.js';
import { expectPassed, runTier, tierHookTimeout, type TierRun } from './matrix-run.js';
import { matrixOptionsFromEnv } from './matrix-options.js';
import { holdsAny } from './matrix-plan.js';
import { suiteMatrix } from './suite-matrix.js';

/**
 * Every feature alone: for each value an answer can take, the smallest
 * valid project that has it (what its `needs` bring, nothing else) lints,
 * passes its manifest check and type-checks on the shared install. A
 * feature that relies on another without declaring it fails here.
 */

const space = answerSpace(answers);
const { features } = matrixOptionsFromEnv(process.env);
// A smallest project the matrix has already (nothing chosen is the minimal preset) is checked
// there, with its tests and boot besides.
const inMatrix = new Set(
  suiteMatrix({}).entries.map((entry) => pointOf(space.factors, entry.answers).join()),
);
const entries = featuresAlone(space.factors, space.valid, answers.answerDefaults).filter(
  (entry) =>
    !inMatrix.has(pointOf(space.factors, entry.answers).join()) &&
    (!features || holdsAny(entry.answers, features)),
);

describe(`every feature alone (${entries.length} smallest projects)`, () => {
  let run: TierRun;
  beforeAll(async () => {
    run = await runTier(entries, tempDir('alone'), {
      part: 'alone',
      depth: 'static',
      report: (line) => process.stderr.write(`alone: ${line}\n`),
    });
  }, tierHookTimeout(entries.length));

  it.each(entries.map((entry) => [entry.name, entry.label]))(
    '%s (%s) lints and type-checks',
    (name) => expectPassed(run, name),
  );
});
