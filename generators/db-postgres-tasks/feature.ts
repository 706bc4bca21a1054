import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';

const contribution: Contribution = {
  tasks: [{ task: 'db-migrate', name: 'dbMigrateTask', from: 'src/tasks/postgres-tasks.ts' }],
};

/** PostgreSQL tasks for TASK mode and workers. */
export default {
  summary: 'The db-migrate task',
  stage: 'platform',
  after: ['tasks', 'db-postgres'],
  joins: ({ has }) => has('tasks') && has('db-postgres'),
  contribution,
} satisfies FeatureDeclaration;
