import { FeatureGenerator } from '../lib/feature-generator.js';

/** npm run menu: every routine action of the project in one place. */
export default class CliMenuGenerator extends FeatureGenerator {
  protected readonly feature = 'cli-menu';
}
