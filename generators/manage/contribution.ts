import type { Contribution } from '../lib/contribution.js';

export const contribution: Contribution = {
  scripts: { manage: 'tsx --env-file-if-exists=.env src/cli/manage.ts' },
  readme: [{ title: 'Operator commands', partial: 'manage.md' }],
};
