/** The data API rows in the sample_rows table, seeded from seeds/sample-rows.json. */
export const files = [
  'src/data/dynamodb-data-rows.ts',
  'seeds/sample-rows.json.ejs',
  'test/integration/dynamodb-data-rows.test.ts',
] as const;
