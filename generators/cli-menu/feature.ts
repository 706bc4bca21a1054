import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';

const contribution: Contribution = {
  devDependencies: ['@inquirer/prompts'],
  scripts: { menu: 'tsx scripts/menu/menu.ts' },
  menuActions: [
    { group: 'Docs', label: 'Read the README', run: ['less', 'README.md'] },
    {
      group: 'Release',
      label: 'Release a patch version (commit and tag v<version>)',
      run: ['npm', 'version', 'patch', '-m', 'Release %s'],
    },
    {
      group: 'Release',
      label: 'Release a minor version (commit and tag v<version>)',
      run: ['npm', 'version', 'minor', '-m', 'Release %s'],
    },
  ],
  layout: [{ path: 'scripts/menu/', holds: 'npm run menu' }],
  readme: [{ title: 'Project menu', partial: 'cli-menu.md' }],
};

/** The interactive menu and the actions the features contribute to it. */
export default {
  summary: 'npm run menu: server, tests, database, secrets, docs and releases in one menu',
  stage: 'tooling',
  choice: {
    answer: 'tooling',
    value: 'cli-menu',
    label: 'CLI menu: npm run menu, every routine action in one place',
    default: true,
  },
  contribution,
} satisfies FeatureDeclaration;
