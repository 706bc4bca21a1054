/** DynamoDB: engine choice, tables defined in code, create/drop/seed commands. */
export const files = [
  'src/db/dynamodb.ts',
  'src/db/dynamodb-tables.ts.ejs',
  'src/db/dynamodb-admin.ts',
  'src/db/table-definition.ts',
  'src/types/dynalite.d.ts',
  'src/cli/dynamodb-commands.ts',
  'test/helpers/test-dynamodb.ts',
  'test/integration/dynamodb.test.ts',
  'test/integration/dynamodb-commands.test.ts',
] as const;
