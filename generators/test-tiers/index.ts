import { FeatureGenerator } from '../lib/feature-generator.js';

/** The acceptance, smoke and load tiers; every project has them. */
export default class TestTiersGenerator extends FeatureGenerator {
  protected readonly feature = 'test-tiers';
}
