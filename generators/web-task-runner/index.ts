import { FeatureGenerator } from '../lib/feature-generator.js';

/** The task runner of a project without a worker: tasks run in the web process. */
export default class WebTaskRunnerGenerator extends FeatureGenerator {
  protected readonly feature = 'web-task-runner';
}
