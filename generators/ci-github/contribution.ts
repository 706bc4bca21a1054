import type { Contribution } from '../lib/contribution.js';

export const contribution: Contribution = {
  devDependencies: ['yaml'],
  readme: [{ title: 'Continuous integration', partial: 'ci-github.md' }],
};
