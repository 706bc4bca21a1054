import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/generator-paths.js';

const manifest = (path: string) =>
  JSON.parse(readFileSync(join(repoRoot, path, 'package.json'), 'utf8')) as {
    version: string;
    dependencies?: Record<string, string>;
  };

// `npm create service-kit@latest` must run the generator released with it: one version, both packages.
it('create-service-kit is released at the generator version and runs exactly that generator', () => {
  const generator = manifest('.');
  const create = manifest('packages/create-service-kit');
  expect(create.version).toBe(generator.version);
  expect(create.dependencies).toEqual({ 'generator-service-kit': generator.version });
});
