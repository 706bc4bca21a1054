/** The data API rows in the sample_rows table, created and filled by a migration. */
export const files = [
  'src/data/postgres-data-rows.ts',
  'migrations/20260101000001000_create-sample-rows.sql.ejs',
  'test/integration/postgres-data-rows.test.ts',
] as const;
