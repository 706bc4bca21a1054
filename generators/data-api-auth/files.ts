/** The data API's routes for API clients, and the train-model task they queue. */
export const files = [
  'src/data/protected-data.routes.ts',
  'src/tasks/train-model.ts',
  'test/unit/train-model.test.ts',
  'test/integration/protected-data.test.ts',
] as const;
