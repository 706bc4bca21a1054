/** The deploy workflow, planned with both GitHub Actions and the Helm chart. */
export const files = [
  '.github/workflows/deploy.yml.ejs',
  'test/integration/deploy-workflow.test.ts',
] as const;
