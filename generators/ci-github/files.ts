/** The CI workflow. */
export const files = [
  '.github/workflows/ci.yml.ejs',
  'test/integration/ci-workflow.test.ts',
] as const;
