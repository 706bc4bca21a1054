import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';

const contribution: Contribution = {
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

/** The container images, the local stacks and the Makefile. */
export default {
  summary: 'Dockerfiles, dev and prod compose stacks, a Makefile',
  stage: 'tooling',
  choice: {
    answer: 'tooling',
    value: 'docker',
    label: 'Docker: Dockerfiles, compose files and a Makefile',
    default: true,
  },
  contribution,
  helpers: () => import('./compose.js'),
} satisfies FeatureDeclaration;
