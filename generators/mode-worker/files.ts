/** WORKER mode: the task queue, its worker and the web side's queue runner. */
export const files = [
  'scripts/container-worker.sh',
  'src/modes/worker.ts',
  'src/tasks/task-queue.ts',
  'src/tasks/queue-task-runner.ts',
  'src/tasks/task-worker.ts',
  'test/integration/task-worker.test.ts',
] as const;
