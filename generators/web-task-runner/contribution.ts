import type { Contribution } from '../lib/contribution.js';

export const contribution: Contribution = {
  deps: [
    {
      name: 'tasks',
      type: 'TaskRunner',
      factory: 'createTaskRunner',
      from: './tasks/web-task-runner.js',
    },
  ],
};
