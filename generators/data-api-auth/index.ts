import { FeatureGenerator } from '../lib/feature-generator.js';

/** The protected data routes; planned when the data API and an API scheme are both chosen. */
export default class DataApiAuthGenerator extends FeatureGenerator {
  protected readonly feature = 'data-api-auth';
}
