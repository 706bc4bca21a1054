import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';
import { secretEnvironments } from './environment-values.js';

const contribution: Contribution = {
  scripts: { secrets: 'tsx scripts/secrets/compile-secrets.ts' },
  menuActions: [
    {
      group: 'Secrets',
      label: 'Compile .env files for an environment',
      run: ['npm', 'run', 'secrets', '--'],
      input: { message: 'Environment', choices: [...secretEnvironments, '--all'] },
    },
  ],
  layout: [
    { path: 'secrets/', holds: 'the secrets template and its values per environment' },
    { path: 'scripts/secrets/', holds: 'npm run secrets: compiles .env.<environment>' },
  ],
  readme: [{ title: 'Secrets', partial: 'secrets.md' }],
};

/** The secrets template, its values and the compiler. */
export default {
  summary: 'npm run secrets: .env.<environment> files compiled from one template and its values',
  stage: 'tooling',
  choice: {
    answer: 'tooling',
    value: 'secrets',
    label: 'Secrets compiler: .env files per environment from a template',
    default: true,
  },
  contribution,
  helpers: () => import('./environment-values.js'),
} satisfies FeatureDeclaration;
