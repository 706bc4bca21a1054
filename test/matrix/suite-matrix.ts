import { join } from 'node:path';
import * as answers from '../../generators/lib/answers.js';
import { combinations, planOf } from '../helpers/combinations.js';
import { repoRoot } from '../helpers/generator-paths.js';
import { matrixPlan, type MatrixOptions } from './matrix-plan.js';

/**
 * The matrix `npm test` runs: the presets, the e2e's hand-picked
 * combinations (whatever the covering picks, so every project the e2e runs
 * is linted, type-checked and tested here) and the covering subset.
 */
export function suiteMatrix(options: Omit<MatrixOptions, 'presets' | 'named'>) {
  const named = combinations
    .filter((combination) => !combination.add)
    .map((combination) => {
      const chosen: Record<string, unknown> = { ...planOf(combination).answers };
      delete chosen.name;
      return { name: combination.name, answers: chosen };
    });
  return matrixPlan(answers, { ...options, named, presets: join(repoRoot, 'presets') });
}
