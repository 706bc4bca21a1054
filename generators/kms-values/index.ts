import { FeatureGenerator } from '../lib/feature-generator.js';

/** KMS-encrypted config values, decrypted at start. */
export default class KmsValuesGenerator extends FeatureGenerator {
  protected readonly feature = 'kms-values';
}
