import { FeatureGenerator } from '../lib/feature-generator.js';

/** The deploy workflow: on a v* tag, build and push the image, then helm upgrade. */
export default class DeployGithubGenerator extends FeatureGenerator {
  protected readonly feature = 'deploy-github';
}
