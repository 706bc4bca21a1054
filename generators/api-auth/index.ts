import { FeatureGenerator } from '../lib/feature-generator.js';

/** The API client guard; planned whenever an API auth scheme is chosen. */
export default class ApiAuthGenerator extends FeatureGenerator {
  protected readonly feature = 'api-auth';
}
