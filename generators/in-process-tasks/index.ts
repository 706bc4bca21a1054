import { FeatureGenerator } from '../lib/feature-generator.js';

/** Tasks run in the web process; planned for task routes, and as the fallback of a worker project without Redis. */
export default class InProcessTasksGenerator extends FeatureGenerator {
  protected readonly feature = 'in-process-tasks';
}
