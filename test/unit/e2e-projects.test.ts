import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { combinations } from '../helpers/combinations.js';
import { repoRoot } from '../helpers/generator-paths.js';

// Each e2e combination runs from a file of its own, so jest runs them side by side:
// a combination without one would never run, a file without one fails at collection.
it('gives every e2e combination its own test file under test/e2e/projects', () => {
  const files = readdirSync(join(repoRoot, 'test', 'e2e', 'projects'));
  expect(files.sort()).toEqual(combinations.map(({ name }) => `${name}.test.ts`).sort());
});
