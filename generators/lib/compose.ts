import { fileURLToPath } from 'node:url';
import type Generator from 'yeoman-generator';
import type { BaseOptions } from 'yeoman-generator';
import type { Plan } from './plan.js';

/** A sub-generator's entry module, next to this folder in the same build. */
export const generatorPath = (name: string) =>
  fileURLToPath(new URL(`../${name}/index.js`, import.meta.url));

/** What the composing generator tells the features it composes. */
export type ComposedOptions = BaseOptions & {
  /** Set when composed for a whole plan: the answers in .yo-rc.json already call for the feature. */
  partOfPlan?: boolean;
  /** False when nobody can answer a conflict prompt (no terminal). */
  interactive?: boolean;
  force?: boolean;
};

/**
 * Composes every feature of the plan, then the shared files assembled from
 * them. Generators are unique by namespace, so a feature that composes the
 * plan it belongs to joins it rather than running twice.
 */
export async function composePlan(
  generator: Generator<Record<string, unknown>, ComposedOptions>,
  plan: Plan,
): Promise<void> {
  const { interactive, force } = generator.options;
  for (const feature of plan.features) {
    const generatorOptions: Partial<ComposedOptions> = { partOfPlan: true, interactive, force };
    await generator.composeWith(generatorPath(feature), { generatorOptions });
  }
  const generatorOptions: Partial<ComposedOptions> = { interactive, force };
  await generator.composeWith(generatorPath('shared'), { generatorOptions });
}
