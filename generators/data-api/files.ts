/** The sample data API: `GET /get-data`, oriented and paged. */
export const files = [
  'src/data/data-response.ts',
  'src/data/data.routes.ts',
  'src/data/orientation.ts',
  'src/data/data-rows.ts',
  'test/helpers/data-rows-contract.ts',
  'test/unit/data-shapes.test.ts',
  'test/integration/data-api.test.ts',
] as const;
