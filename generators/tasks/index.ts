import { FeatureGenerator } from '../lib/feature-generator.js';

/** The task registry; planned when a run mode or a route runs tasks. */
export default class TasksGenerator extends FeatureGenerator {
  protected readonly feature = 'tasks';
}
