import type { Contribution } from '../lib/contribution.js';

export const contribution: Contribution = {
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
  readme: [{ title: 'Project menu', partial: 'cli-menu.md' }],
};
