import { join } from 'node:path';
import { repoRoot } from '../helpers/generator-paths.js';
import { runCli, tempDir, treeOf } from '../helpers/run-cli.js';

// What running the example (npm install, dev, tests) leaves beside the rendered files.
const leftByRuns = /^(node_modules|dist|\.data|coverage|test-results)\/|^package-lock\.json$/;

const renderedFiles = (dir: string) =>
  Object.fromEntries(Object.entries(treeOf(dir)).filter(([file]) => !leftByRuns.test(file)));

describe('examples/ops-reports', () => {
  it('is exactly what the generator renders for the ops-reports preset (npm run example:update)', async () => {
    const dir = tempDir('example');
    const result = await runCli(
      ['ops-reports', '--preset', 'ops-reports', '--yes', '--skip-install'],
      dir,
    );
    expect(result.code).toBe(0);
    const rendered = renderedFiles(join(dir, 'ops-reports'));
    const committed = renderedFiles(join(repoRoot, 'examples', 'ops-reports'));
    expect(Object.keys(committed).sort()).toEqual(Object.keys(rendered).sort());
    const changed = Object.keys(rendered).filter((file) => rendered[file] !== committed[file]);
    expect(changed).toEqual([]);
  });
});
