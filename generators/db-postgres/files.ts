/** PostgreSQL: engine choice, the Database port, SQL migrations and their commands. */
export const files = [
  'src/db/postgres.ts',
  'src/db/pglite.ts',
  'src/db/sql.ts',
  'src/db/migrations.ts',
  'src/cli/postgres-commands.ts',
  'migrations/.gitkeep',
  'test/helpers/test-postgres.ts',
  'test/integration/postgres.test.ts',
  'test/integration/postgres-commands.test.ts',
] as const;
