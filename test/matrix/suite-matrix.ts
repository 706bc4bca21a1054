import { join } from 'node:path';
import * as answers from '../../generators/lib/answers.js';
import { combinations, planOf } from '../helpers/combinations.js';
import { repoRoot } from '../helpers/generator-paths.js';
import { answerSpace, pointOf } from './answer-space.js';
import { matrixPlan, type MatrixOptions } from './matrix-plan.js';

/**
 * The matrix `npm test` runs: the presets, the e2e's hand-picked
 * combinations (whatever the covering picks, so every project the e2e runs
 * is linted, type-checked and tested here) and the covering subset.
 */
/** The e2e's combinations generated in one step, as points of the space. */
const namedCombinations = () =>
  combinations
    .filter((combination) => !combination.add)
    .map((combination) => {
      const chosen: Record<string, unknown> = { ...planOf(combination).answers };
      delete chosen.name;
      return { name: combination.name, answers: chosen };
    });

export function e2eCombinationPoints(): Set<string> {
  const { factors } = answerSpace(answers);
  return new Set(namedCombinations().map(({ answers: chosen }) => pointOf(factors, chosen).join()));
}

export function suiteMatrix(options: Omit<MatrixOptions, 'presets' | 'named'>) {
  return matrixPlan(answers, {
    ...options,
    named: namedCombinations(),
    presets: join(repoRoot, 'presets'),
  });
}
