import type { Contribution } from '../lib/contribution.js';

export const contribution: Contribution = {
  devDependencies: ['yaml'],
  readme: [{ title: 'Kubernetes', partial: 'deploy-k8s.md' }],
};
