import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';

const contribution: Contribution = {
  scripts: { manage: 'tsx src/cli/manage.ts' },
  layout: [{ path: 'src/cli/', holds: 'npm run manage: operator commands' }],
  readme: [{ title: 'Operator commands', partial: 'manage.md' }],
};

/** `npm run manage`: the operator command runner that features add commands to. */
export default {
  summary: 'npm run manage: operator commands run with the service config',
  stage: 'platform',
  contribution,
} satisfies FeatureDeclaration;
