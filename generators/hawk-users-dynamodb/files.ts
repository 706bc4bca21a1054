/** Hawk users in the hawk_users table, scopes as a string set. */
export const files = [
  'src/auth/hawk-users-dynamodb.ts',
  'test/integration/hawk-users-dynamodb.test.ts',
] as const;
