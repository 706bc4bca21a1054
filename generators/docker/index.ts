import { FeatureGenerator } from '../lib/feature-generator.js';

/** Dockerfiles, compose stacks and a Makefile. */
export default class DockerGenerator extends FeatureGenerator {
  protected readonly feature = 'docker';
}
