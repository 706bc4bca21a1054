/** Hawk users in the hawk_users table, created by a migration. */
export const files = [
  'src/auth/hawk-users-postgres.ts',
  'migrations/20260101000000000_create-hawk-users.sql',
  'test/integration/hawk-users-postgres.test.ts',
] as const;
