/** The data API's routes for API clients, and the tasks they queue. */
export const files = [
  'src/data/protected-data.routes.ts',
  'src/tasks/in-process-task-runner.ts',
  'src/tasks/task-registry.ts',
  'src/tasks/task.ts',
  'src/tasks/train-model.ts',
  'test/unit/tasks.test.ts',
  'test/integration/protected-data.test.ts',
] as const;
