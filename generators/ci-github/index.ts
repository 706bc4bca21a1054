import { FeatureGenerator } from '../lib/feature-generator.js';

/** GitHub Actions CI: lint, type-check and the test tiers on every push. */
export default class CiGithubGenerator extends FeatureGenerator {
  protected readonly feature = 'ci-github';
}
