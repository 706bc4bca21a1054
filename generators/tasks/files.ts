/** The task registry and what runs a task by name. */
export const files = [
  'src/tasks/task.ts',
  'src/tasks/task-registry.ts.ejs',
  'src/tasks/run-task.ts',
  'test/helpers/settled.ts',
  'test/unit/run-task.test.ts',
] as const;
