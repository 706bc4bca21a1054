import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';

const contribution: Contribution = {
  devDependencies: ['yaml'],
  layout: [{ path: 'deploy/chart/', holds: 'the Helm chart' }],
  // Go templates, which prettier would read as YAML.
  formatIgnores: ['deploy/chart/templates/'],
  readme: [{ title: 'Kubernetes', partial: 'deploy-k8s.md' }],
};

/** The Helm chart under deploy/chart. */
export default {
  summary:
    'A Helm chart: a deployment or job per run mode, probes on /healthcheck, service, ingress',
  stage: 'tooling',
  choice: {
    answer: 'tooling',
    value: 'deploy-k8s',
    label: 'Kubernetes: a Helm chart with a deployment per run mode',
  },
  // A chart deploys an image, which the docker feature builds.
  brings: ['docker'],
  contribution,
} satisfies FeatureDeclaration;
