import Generator from 'yeoman-generator';
import { withFeature } from './answers.js';
import { addOptions, declareOptions } from './cli-options.js';
import { planProject, type Plan } from './plan.js';
import { previousPlanOf, storedAnswers } from './project-config.js';
import { featureNamed } from './registry.js';
import type { WriteOptions } from './write-generated.js';
import { writePlan } from './write-plan.js';

/**
 * The sub-generator of a feature that can be added to an existing project
 * (`service-kit add <feature>`, `yo service-kit:<feature>`). It switches
 * the feature on in the stored answers and writes the plan that results
 * once, so every shared file and every feature that follows from the new
 * answer is brought up to date with it.
 */
export function featureGenerator(name: string) {
  const feature = featureNamed(name);
  return class FeatureGenerator extends Generator<Record<string, unknown>, WriteOptions> {
    #plan: Plan | undefined;
    #previous: Plan | undefined;

    constructor(args: string[], options: WriteOptions) {
      super(args, options);
      declareOptions(this, addOptions);
      // A folder that is no project, or answers the feature cannot join (a second database),
      // are refused before Yeoman runs a task: one line, nothing written.
      if (options.help) return;
      this.#plan = planProject(withFeature(storedAnswers(this.destinationRoot()), feature));
      this.#previous = previousPlanOf(this);
    }

    configuring(): void {
      this.config.set(this.#plan!.answers);
    }

    async writing(): Promise<void> {
      await writePlan(this, this.#plan!, this.#previous);
    }
  };
}
