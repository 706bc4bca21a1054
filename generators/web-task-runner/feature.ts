import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';

const contribution: Contribution = {
  deps: [
    {
      name: 'tasks',
      type: 'TaskRunner',
      factory: 'createTaskRunner',
      usesAll: true,
      from: 'src/tasks/web-task-runner.ts',
    },
  ],
};

/** The web mode's task runner when there is no worker. */
export default {
  summary: 'Tasks queued by routes run in the web process',
  stage: 'runtime',
  // With a worker, routes queue tasks in Redis instead.
  joins: ({ has }) => has('data-api-auth') && !has('mode-worker'),
  contribution,
} satisfies FeatureDeclaration;
