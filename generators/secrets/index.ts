import { FeatureGenerator } from '../lib/feature-generator.js';

/** The secrets-template compiler: .env files per environment from one template. */
export default class SecretsGenerator extends FeatureGenerator {
  protected readonly feature = 'secrets';
}
