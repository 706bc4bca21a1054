import { FeatureGenerator } from '../lib/feature-generator.js';

/** The manage command runner; planned whenever a chosen feature contributes commands. */
export default class ManageGenerator extends FeatureGenerator {
  protected readonly feature = 'manage';
}
