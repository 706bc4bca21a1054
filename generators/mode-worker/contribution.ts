import type { Contribution } from '../lib/contribution.js';

export const contribution: Contribution = {
  dependencies: ['bullmq'],
  env: [
    {
      name: 'TASK_QUEUE',
      schema: 'z.string().regex(/^[\\w-]+$/).optional()',
      expects: 'the task queue name (letters, digits, - and _); unset, <service name>-tasks',
      example: '',
    },
  ],
  deps: [
    {
      name: 'tasks',
      type: 'ClosableTaskRunner',
      factory: 'createTaskRunner',
      from: './tasks/queue-task-runner.js',
      close: 'closeTaskRunner',
    },
  ],
  runModes: [{ mode: 'WORKER', name: 'runWorkerMode', container: 'service', from: './worker.js' }],
  readme: [{ title: 'WORKER mode', partial: 'mode-worker.md' }],
};
