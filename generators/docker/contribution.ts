import type { Contribution } from '../lib/contribution.js';

export const contribution: Contribution = {
  devDependencies: ['dockerfile-ast', 'yaml'],
  menuActions: [
    {
      group: 'Server',
      label: 'Compose up (dev stack)',
      run: ['docker', 'compose', 'up', '--build', '-d'],
    },
    {
      group: 'Server',
      label: 'Compose logs',
      run: ['docker', 'compose', 'logs', '-f', '--tail=100'],
    },
    { group: 'Server', label: 'Compose down', run: ['docker', 'compose', 'down'] },
    {
      group: 'Server',
      label: 'Production stack up (lint first)',
      run: ['make', 'prod'],
    },
  ],
  readme: [{ title: 'Containers', partial: 'docker.md' }],
};
