/** The in-process task runner. */
export const files = [
  'src/tasks/in-process-task-runner.ts',
  'test/unit/in-process-task-runner.test.ts',
] as const;
