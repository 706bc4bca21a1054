/** The test tiers past unit and integration. */
export const files = [
  'test/helpers/service-under-test.ts',
  'test/acceptance/http-contract.test.ts',
  'test/smoke/smoke.test.ts',
  'test/load/load.ts',
  'test/load/thresholds.ts',
] as const;
