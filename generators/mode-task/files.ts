/** TASK mode and its container script. */
export const files = [
  'scripts/container-task.sh',
  'src/modes/task.ts',
  'src/modes/task-list.ts',
  'test/unit/task-list.test.ts',
  'test/integration/task-mode.test.ts',
] as const;
