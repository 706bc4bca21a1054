import type { Contribution } from '../lib/contribution.js';
import { secretEnvironments } from './environment-values.js';

export const contribution: Contribution = {
  scripts: { secrets: 'tsx scripts/secrets/compile-secrets.ts' },
  menuActions: [
    {
      group: 'Secrets',
      label: 'Compile .env files for an environment',
      run: ['npm', 'run', 'secrets', '--'],
      input: { message: 'Environment', choices: [...secretEnvironments, '--all'] },
    },
  ],
  readme: [{ title: 'Secrets', partial: 'secrets.md' }],
};
