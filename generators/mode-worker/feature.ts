import type { FeatureDeclaration } from '../lib/feature-declaration.js';
import type { Contribution } from '../lib/contribution.js';

const contribution: Contribution = {
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
      usesAll: true,
      from: 'src/tasks/queue-task-runner.ts',
      close: 'closeTaskRunner',
    },
  ],
  runModes: [
    { mode: 'WORKER', name: 'runWorkerMode', container: 'service', from: 'src/modes/worker.ts' },
  ],
  readme: [{ title: 'WORKER mode', partial: 'mode-worker.md' }],
};

/** WORKER mode: the task queue, its worker and the web side's queue runner. */
export default {
  summary: 'APP_RUN_MODE=WORKER runs queued tasks from Redis with BullMQ',
  stage: 'runtime',
  choice: {
    answer: 'modes',
    value: 'worker',
    label: 'WORKER: a BullMQ worker running queued tasks from Redis',
  },
  brings: ['in-process-tasks', 'redis', 'tasks'],
  contribution,
  nextSteps: [
    'with REDIS_URL set in .env, APP_RUN_MODE=WORKER npm start runs the tasks the web process queues',
  ],
} satisfies FeatureDeclaration;
