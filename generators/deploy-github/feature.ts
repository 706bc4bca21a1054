import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';

const contribution: Contribution = {
  devDependencies: ['yaml'],
};

/** The deploy workflow, planned with both GitHub Actions and the Helm chart. */
export default {
  summary: 'GitHub Actions deploy on v* tags: build and push the image, helm upgrade',
  stage: 'tooling',
  after: ['ci-github', 'deploy-k8s'],
  joins: ({ has }) => has('ci-github') && has('deploy-k8s'),
  contribution,
} satisfies FeatureDeclaration;
