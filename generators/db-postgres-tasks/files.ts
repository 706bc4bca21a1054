/** PostgreSQL tasks for TASK mode and workers. */
export const files = [
  'src/tasks/postgres-tasks.ts',
  'test/integration/postgres-tasks.test.ts',
] as const;
