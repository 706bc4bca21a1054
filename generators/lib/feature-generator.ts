import Generator from 'yeoman-generator';
import { withFeature } from './answers.js';
import {
  declareOptions,
  updateOptions,
  writeOptionsOf,
  type GeneratorWriteOptions,
} from './cli-options.js';
import { planProject, type Plan } from './plan.js';
import { storedAnswers } from './project-config.js';
import { featureNamed } from './registry.js';
import { noYeomanInstall, writeProject } from './update/write-project.js';

/**
 * The sub-generator of a feature that can be added to an existing project
 * (`yo service-kit:<feature>`; `service-kit add <feature>` does the same
 * without Yeoman). It switches the feature on in the stored answers and
 * writes the plan that results as an update, so every shared file and
 * every feature that follows from the new answer is merged in.
 */
export function featureGenerator(name: string) {
  const feature = featureNamed(name);
  return class FeatureGenerator extends Generator<Record<string, unknown>, GeneratorWriteOptions> {
    #plan: Plan | undefined;

    constructor(args: string[], options: GeneratorWriteOptions) {
      super(args, options, noYeomanInstall);
      declareOptions(this, updateOptions);
      // A folder that is no project, or answers the feature cannot join (a second database),
      // are refused before Yeoman runs a task: one line, nothing written.
      if (options.help) return;
      this.#plan = planProject(withFeature(storedAnswers(this.destinationRoot()), feature));
    }

    async writing(): Promise<void> {
      await writeProject(this.#plan!, this.destinationRoot(), writeOptionsOf(this));
    }
  };
}
