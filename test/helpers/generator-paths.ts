import { fileURLToPath } from 'node:url';

/**
 * Tests that run the generator use the build in dist/, the code users run
 * (`npm test` builds first); unit tests import the sources directly.
 */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const appGenerator = `${repoRoot}dist/generators/app/index.js`;
export const cli = `${repoRoot}dist/cli/service-kit.js`;
