import { fileURLToPath } from 'node:url';
import Generator, { type BaseOptions } from 'yeoman-generator';
import { features, type FeatureName } from './features.js';
import { templatesRoot } from './package-root.js';
import type { Plan } from './plan.js';
import { readPlan } from './project-config.js';
import { outputPathOf, renderTemplate, templatePathOf } from './render.js';

export const sharedFilesGenerator = fileURLToPath(new URL('../shared/index.js', import.meta.url));

/**
 * The whole life of a feature sub-generator: read the project's plan, write
 * the files its `files.ts` lists, and have the shared files re-assembled so
 * its contribution lands in them. A feature's own generator only names the
 * feature and adds what is particular to it.
 */
export abstract class FeatureGenerator extends Generator {
  protected abstract readonly feature: FeatureName;
  protected plan!: Plan;

  constructor(args: string[], options: BaseOptions) {
    // inheritTasks: the lifecycle methods below run for every subclass.
    super(args, options, { inheritTasks: true, unique: 'namespace' });
  }

  async initializing(): Promise<void> {
    this.plan = readPlan(this);
    this.sourceRoot(`${templatesRoot}/${this.feature}`);
    // Unique by namespace: when the app generator runs, this joins its one shared-files run.
    await this.composeWith(sharedFilesGenerator);
  }

  async writing(): Promise<void> {
    for (const entry of features[this.feature].files as readonly string[]) {
      const output = outputPathOf(entry);
      const template = this.templatePath(templatePathOf(entry));
      if (entry === output) {
        this.fs.copy(template, this.destinationPath(output));
      } else {
        this.fs.write(
          this.destinationPath(output),
          await renderTemplate(template, output, { ...this.plan }),
        );
      }
    }
  }
}
