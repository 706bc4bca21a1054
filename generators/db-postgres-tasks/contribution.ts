import type { Contribution } from '../lib/contribution.js';

export const contribution: Contribution = {
  tasks: [{ task: 'db-migrate', name: 'dbMigrateTask', from: './postgres-tasks.js' }],
};
