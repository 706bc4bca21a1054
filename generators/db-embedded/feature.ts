import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';

const contribution: Contribution = {
  dependencies: ['proper-lockfile'],
  devDependencies: ['@types/proper-lockfile'],
  layout: [{ path: 'src/db/', holds: 'the database: its client, the embedded engine and admin' }],
};

/** The lock that keeps two processes off one embedded database folder. */
export default {
  summary: 'The lock that keeps two processes off one embedded database folder',
  stage: 'platform',
  contribution,
} satisfies FeatureDeclaration;
