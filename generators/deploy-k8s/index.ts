import { FeatureGenerator } from '../lib/feature-generator.js';

/** A Helm chart: a deployment or job per run mode, probes, service, ingress. */
export default class DeployK8sGenerator extends FeatureGenerator {
  protected readonly feature = 'deploy-k8s';
}
