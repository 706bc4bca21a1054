/** The data API rows as a constant, paged in memory. */
export const files = [
  'src/data/sample-rows.ts.ejs',
  'src/data/memory-data-rows.ts',
  'src/data/read-page.ts',
  'test/unit/memory-data-rows.test.ts',
] as const;
