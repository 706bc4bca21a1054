import type { Contribution } from '../lib/contribution.js';

export const contribution: Contribution = {
  tasks: [
    { task: 'db-create', name: 'dbCreateTask', from: './dynamodb-tasks.js' },
    { task: 'db-seed', name: 'dbSeedTask', from: './dynamodb-tasks.js' },
  ],
};
