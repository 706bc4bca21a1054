import type { Contribution } from '../lib/contribution.js';

export const contribution: Contribution = {
  plugins: [{ name: 'protectedDataRoutes', from: './data/protected-data.routes.js' }],
  deps: [
    {
      name: 'tasks',
      type: 'TaskRunner',
      factory: 'createTaskRunner',
      from: './tasks/in-process-task-runner.js',
    },
  ],
  readme: [{ title: 'Data API for API clients', partial: 'data-api-auth.md' }],
};
