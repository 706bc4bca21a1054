/** DynamoDB tasks for TASK mode and workers. */
export const files = [
  'src/tasks/dynamodb-tasks.ts',
  'test/integration/dynamodb-tasks.test.ts',
] as const;
