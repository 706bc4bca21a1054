/** The container images, the local stacks and the Makefile. */
export const files = [
  '.dockerignore',
  'Dockerfile',
  'Dockerfile.prod.ejs',
  'docker-compose.yml.ejs',
  'docker-compose.prod.yml.ejs',
  'Makefile',
  'test/integration/container-files.test.ts',
] as const;
