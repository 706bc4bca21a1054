import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';

const contribution: Contribution = {
  devDependencies: ['yaml'],
  layout: [{ path: '.github/workflows/', holds: 'GitHub Actions: CI, and deploy on v* tags' }],
  readme: [{ title: 'Continuous integration', partial: 'ci-github.md' }],
};

/** The CI workflow. */
export default {
  summary: 'GitHub Actions CI: lint, type-check and the test tiers with service containers',
  stage: 'tooling',
  choice: {
    answer: 'tooling',
    value: 'ci-github',
    label: 'GitHub Actions: CI on every push, deploy on v* tags',
  },
  contribution,
  helpers: () => import('./ci-workflow.js'),
} satisfies FeatureDeclaration;
