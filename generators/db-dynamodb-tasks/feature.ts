import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';

const contribution: Contribution = {
  tasks: [
    { task: 'db-create', name: 'dbCreateTask', from: 'src/tasks/dynamodb-tasks.ts' },
    { task: 'db-seed', name: 'dbSeedTask', from: 'src/tasks/dynamodb-tasks.ts' },
  ],
};

/** DynamoDB tasks for TASK mode and workers. */
export default {
  summary: 'The db-create and db-seed tasks',
  stage: 'platform',
  after: ['tasks', 'db-dynamodb'],
  joins: ({ has }) => has('tasks') && has('db-dynamodb'),
  contribution,
} satisfies FeatureDeclaration;
