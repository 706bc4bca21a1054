import Generator from 'yeoman-generator';
import { composePlan, type ComposedOptions } from './compose.js';
import { addableFeatures, features, type FeatureName } from './features.js';
import { templatesRoot } from './package-root.js';
import { planProject, type Plan } from './plan.js';
import { previousPlanOf, readAnswers } from './project-config.js';
import { outputPathOf, templatePathOf } from './render.js';
import { UsageError } from './usage-error.js';
import { writeFromTemplate } from './write-generated.js';

/**
 * The whole life of a feature sub-generator: read the project's plan and
 * write the files its `files.ts` lists. Run alone on an existing project
 * (`service-kit add <feature>`), it first switches itself on in the stored
 * answers and composes the resulting plan, so every shared file and every
 * feature that follows from the new answer is brought up to date.
 */
export abstract class FeatureGenerator extends Generator<Record<string, unknown>, ComposedOptions> {
  protected abstract readonly feature: FeatureName;
  protected plan!: Plan;

  constructor(args: string[], options: ComposedOptions) {
    // inheritTasks: the lifecycle methods below run for every subclass.
    super(args, options, { inheritTasks: true, unique: 'namespace' });
    this.option('interactive', {
      type: Boolean,
      default: true,
      description:
        'Ask about edited files; --no-interactive fails instead (the default without a terminal)',
    });
    // Run alone, refuse a folder that is no project, or answers the feature cannot join (a
    // second database), before Yeoman runs a task: one line, nothing written.
    if (!options.help && !options.partOfPlan) {
      const answers = readAnswers(this);
      const feature = options.namespace.split(':').at(-1) as FeatureName;
      const { enable } = features[feature];
      if (enable) planProject(enable(answers));
    }
  }

  async initializing(): Promise<void> {
    this.sourceRoot(`${templatesRoot}/${this.feature}`);
    const answers = readAnswers(this);
    if (this.options.partOfPlan) {
      this.plan = planProject(answers);
      return;
    }
    const { enable } = features[this.feature];
    if (!enable) {
      throw new UsageError(
        `${this.feature} follows from other answers and cannot be added alone; addable: ${addableFeatures().join(', ')}`,
      );
    }
    const enabled = enable(answers);
    this.config.set(enabled);
    this.plan = planProject(enabled);
    await composePlan(this, this.plan);
  }

  async writing(): Promise<void> {
    const previous = previousPlanOf(this);
    for (const entry of features[this.feature].files) {
      const output = this.destinationPath(outputPathOf(entry));
      const template = this.templatePath(templatePathOf(entry));
      if (entry.endsWith('.ejs')) {
        await writeFromTemplate(this, template, output, this.plan, previous);
      } else {
        this.fs.copy(template, output);
      }
    }
  }
}
